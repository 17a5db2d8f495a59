#!/usr/bin/env python3
"""Runner for the Crafting Interpreters test suite (clox flavour).

Usage:
    python3 tests/lox/book_suite.py --suite build/craftinginterpreters/test \
        --cmd "build/polyvm {file}" [-v] [--filter PREFIX] [-j N] [--timeout S]

This is a stdlib-only port of the book's tool/bin/test.dart, applied with the
"clox" suite semantics:

  * `// expect: X`                 -> expected stdout lines, in order.
  * `// expect runtime error: MSG` -> stderr's first line is MSG, and a later
                                      stderr line contains `[line N]` with N
                                      the line of that comment; exit code 70.
  * `// Error...`                  -> expected compile error `[N] Error...`
                                      where N is the comment's own line.
  * `// [line N] Error...`         -> expected compile error on line N.
  * `// [c line N] Error...`       -> same, clox only (applies here).
  * `// [java line N] Error...`    -> jlox only (ignored here).
    Any compile error expectation means exit code 65; every stderr line must
    then be an expected error (matched as `[...line N] Error...`) or empty.
  * `// nontest`                   -> file is not a test at all.
  * otherwise exit code 0 and nothing unexpected on stderr.

Which files run: test.dart's clox suite is {"test": "pass"} minus the
early-chapter folders (scanning/, expressions/) and any path containing
"benchmark".  On top of that, this project also excludes limit/ (clox's
hard-coded 256-constant/local/upvalue and jump-size limits) except
limit/stack_overflow.lox; pass --include-limits to run them all.

The `{file}` placeholder in --cmd is replaced by the test path (suite dir
joined with the path relative to it); if absent, the path is appended.
Prints each failure (the first difference; all of them with -v) and ends
with the line `N passed, M failed`; exits 1 if anything failed.
"""

import argparse
import concurrent.futures
import os
import re
import shlex
import subprocess
import sys

# Patterns copied from tool/bin/test.dart (Dart RegExp.firstMatch == re.search).
EXPECTED_OUTPUT = re.compile(r"// expect: ?(.*)")
EXPECTED_ERROR = re.compile(r"// (Error.*)")
ERROR_LINE = re.compile(r"// \[((java|c) )?line (\d+)\] (Error.*)")
EXPECTED_RUNTIME_ERROR = re.compile(r"// expect runtime error: (.+)")
SYNTAX_ERROR = re.compile(r"\[.*line (\d+)\] (Error.+)")
STACK_TRACE = re.compile(r"\[line (\d+)\]")
NON_TEST = re.compile(r"// nontest")

LANGUAGE = "c"

# Test-state table, keyed by path relative to the suite dir ("" = the root).
# More specific paths override more general ones, as in test.dart.
CLOX_STATES = {
    "": "pass",
    # earlyChapters in test.dart
    "scanning": "skip",
    "expressions": "skip",
    # project policy: clox's hard-coded limits are not part of the target.
    "limit": "skip",
    "limit/stack_overflow.lox": "pass",
}

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def split_lines(text):
    """Dart's LineSplitter.convert: split on \\r\\n, \\r or \\n; a final
    terminator does not produce a trailing empty line."""
    if text == "":
        return []
    parts = _LINE_BREAK.split(text)
    if parts and parts[-1] == "":
        parts.pop()
    return parts


def test_state(relpath, states):
    state = states.get("")
    sub = ""
    for part in relpath.split("/"):
        sub = part if not sub else sub + "/" + part
        if sub in states:
            state = states[sub]
    return state


class Test(object):
    def __init__(self, path, relpath):
        self.path = path
        self.relpath = relpath
        self.expected_output = []  # list of (line, text)
        self.expected_errors = set()
        self.expected_runtime_error = None
        self.runtime_error_line = 0
        self.expected_exit_code = 0
        self.failures = []  # list of lists of lines (one group per failure)
        self.test_error = None

    def parse(self):
        """Returns False if the file is not a (valid) test."""
        with open(self.path, "rb") as f:
            text = f.read().decode("utf-8", errors="replace")
        for num, line in enumerate(split_lines(text), 1):
            if NON_TEST.search(line):
                return False

            m = EXPECTED_OUTPUT.search(line)
            if m:
                self.expected_output.append((num, m.group(1)))
                continue

            m = EXPECTED_ERROR.search(line)
            if m:
                self.expected_errors.add("[%d] %s" % (num, m.group(1)))
                self.expected_exit_code = 65
                continue

            m = ERROR_LINE.search(line)
            if m:
                language = m.group(2)
                if language is None or language == LANGUAGE:
                    self.expected_errors.add(
                        "[%s] %s" % (m.group(3), m.group(4)))
                    self.expected_exit_code = 65
                continue

            m = EXPECTED_RUNTIME_ERROR.search(line)
            if m:
                self.runtime_error_line = num
                self.expected_runtime_error = m.group(1)
                self.expected_exit_code = 70

        if self.expected_errors and self.expected_runtime_error is not None:
            self.test_error = "Cannot expect both compile and runtime errors."
            return False
        return True

    def expectations(self):
        return (len(self.expected_output) + len(self.expected_errors) +
                (1 if self.expected_runtime_error is not None else 0))

    def fail(self, message, lines=None):
        group = [message]
        if lines:
            group.extend(lines)
        self.failures.append(group)

    def run(self, argv, timeout):
        try:
            proc = subprocess.run(argv, stdin=subprocess.DEVNULL,
                                  stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, timeout=timeout)
        except subprocess.TimeoutExpired:
            self.fail("Timed out after %ss." % timeout)
            return self.failures
        except OSError as e:
            self.fail("Could not run %r: %s" % (argv, e))
            return self.failures

        out = split_lines(proc.stdout.decode("utf-8", errors="replace"))
        err = split_lines(proc.stderr.decode("utf-8", errors="replace"))

        if self.expected_runtime_error is not None:
            self.validate_runtime_error(err)
        else:
            self.validate_compile_errors(err)
        self.validate_exit_code(proc.returncode, err)
        self.validate_output(out)
        return self.failures

    def validate_runtime_error(self, err):
        if len(err) < 2:
            self.fail("Expected runtime error '%s' and got none."
                      % self.expected_runtime_error, err)
            return
        if err[0] != self.expected_runtime_error:
            self.fail("Expected runtime error '%s' and got:"
                      % self.expected_runtime_error, [err[0]])
        match = None
        for line in err[1:]:
            match = STACK_TRACE.search(line)
            if match:
                break
        if match is None:
            self.fail("Expected stack trace and got:", err[1:])
        else:
            stack_line = int(match.group(1))
            if stack_line != self.runtime_error_line:
                self.fail("Expected runtime error on line %d but was on "
                          "line %d." % (self.runtime_error_line, stack_line))

    def validate_compile_errors(self, err):
        found = set()
        unexpected = 0
        for line in err:
            m = SYNTAX_ERROR.search(line)
            if m:
                error = "[%s] %s" % (m.group(1), m.group(2))
                if error in self.expected_errors:
                    found.add(error)
                else:
                    if unexpected < 10:
                        self.fail("Unexpected error:", [line])
                    unexpected += 1
            elif line != "":
                if unexpected < 10:
                    self.fail("Unexpected output on stderr:", [line])
                unexpected += 1
        if unexpected > 10:
            self.fail("(truncated %d more...)" % (unexpected - 10))
        for error in sorted(self.expected_errors - found):
            self.fail("Missing expected error: %s" % error)

    def validate_exit_code(self, code, err):
        if code == self.expected_exit_code:
            return
        if code < 0:
            code_text = "%d (killed by signal %d)" % (code, -code)
        else:
            code_text = str(code)
        if len(err) > 10:
            err = err[:10] + ["(truncated...)"]
        self.fail("Expected return code %d and got %s. Stderr:"
                  % (self.expected_exit_code, code_text), err)

    def validate_output(self, out):
        if out and out[-1] == "":
            out = out[:-1]
        index = 0
        for index, line in enumerate(out):
            if index >= len(self.expected_output):
                self.fail("Got output '%s' when none was expected." % line)
                continue
            exp_line, exp = self.expected_output[index]
            if exp != line:
                self.fail("Expected output '%s' on line %d and got '%s'."
                          % (exp, exp_line, line))
        index = len(out)
        while index < len(self.expected_output):
            exp_line, exp = self.expected_output[index]
            self.fail("Missing expected output '%s' on line %d."
                      % (exp, exp_line))
            index += 1


def collect(suite, states, prefix):
    tests = []
    for root, dirs, files in os.walk(suite):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(".lox"):
                continue
            path = os.path.join(root, name)
            rel = os.path.relpath(path, suite).replace(os.sep, "/")
            if "benchmark" in rel:
                continue
            if prefix and not rel.startswith(prefix):
                continue
            tests.append((path, rel))
    tests.sort(key=lambda t: t[1])
    return [(p, r, test_state(r, states)) for (p, r) in tests]


def build_argv(cmd, path):
    argv = shlex.split(cmd)
    if any("{file}" in a for a in argv):
        return [a.replace("{file}", path) for a in argv]
    return argv + [path]


def main(args=None):
    ap = argparse.ArgumentParser(
        description="Run the Crafting Interpreters test suite (clox rules).")
    ap.add_argument("--suite", required=True,
                    help="the book's test/ directory")
    ap.add_argument("--cmd", required=True,
                    help='command template, e.g. "build/polyvm {file}"')
    ap.add_argument("--filter", default=None,
                    help="only tests whose path relative to the suite dir "
                         "starts with this (as in test.dart)")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="list every test and print every failure message")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--timeout", type=float, default=60.0,
                    help="per-test timeout in seconds (default 60)")
    ap.add_argument("--include-limits", action="store_true",
                    help="also run limit/* (clox's hard-coded limits)")
    opts = ap.parse_args(args)

    if not os.path.isdir(opts.suite):
        ap.error("suite directory not found: %s" % opts.suite)

    states = dict(CLOX_STATES)
    if opts.include_limits:
        del states["limit"]

    candidates = collect(opts.suite, states, opts.filter)
    to_run = []
    skipped = 0
    for path, rel, state in candidates:
        if state != "pass":
            skipped += 1
            continue
        t = Test(path, rel)
        if not t.parse():
            if t.test_error:
                print("TEST ERROR %s\n     %s\n" % (rel, t.test_error))
            continue
        to_run.append(t)

    def work(t):
        return t.run(build_argv(opts.cmd, t.path), opts.timeout)

    jobs = max(1, opts.jobs)
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(work, to_run))

    passed = failed = expectations = 0
    for t in to_run:
        expectations += t.expectations()
        if not t.failures:
            passed += 1
            if opts.verbose:
                print("PASS %s" % t.relpath)
            continue
        failed += 1
        print("FAIL %s" % t.relpath)
        groups = t.failures if opts.verbose else t.failures[:1]
        for group in groups:
            for line in group:
                print("     %s" % line)
        if not opts.verbose and len(t.failures) > 1:
            print("     (+%d more; use -v)" % (len(t.failures) - 1))

    if opts.verbose:
        print("(%d skipped, %d expectations)" % (skipped, expectations))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
