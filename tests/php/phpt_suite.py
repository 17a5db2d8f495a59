#!/usr/bin/env python3
"""Runner for php-src's own .phpt tests, judged the way run-tests.php judges them.

Usage:
    python3 tests/php/phpt_suite.py --src PHP_SRC_CHECKOUT \
        [--cmd ".venv/bin/python targetpolyvm.py {file}"] [--ref php] \
        [DIR ...] [-j N] [--timeout S] [--filter SUBSTR] [--limit N] [-v]

DIR defaults to the folders issue 15 names (Zend/tests, tests/lang,
ext/standard/tests/{strings,array,math,general_functions}, ext/json/tests,
ext/pcre/tests), relative to --src.

A .phpt file is a list of `--SECTION--` blocks.  --FILE-- (or --FILEEOF--, whose last
newline is dropped) is written to a fresh folder as NAME.php and run there with --cmd;
stdout is compared with --EXPECT-- (text), --EXPECTF-- (run-tests.php's %-patterns) or
--EXPECTREGEX-- (a regular expression), both sides trimmed and with \\r\\n made \\n, as
run-tests.php does.  Tests that need a harness we do not offer are skipped: --SKIPIF--,
--INI--, --ARGS--, --STDIN--, --POST--/--GET--/--COOKIE--/--ENV--, --FILE_EXTERNAL--,
--REDIRECTTEST--, --EXTENSIONS--, --CGI--, --PHPDBG--, --CAPTURE_STDIO--.  A test counts
only when the reference php (--ref, run the same way) passes it; the last line is
`counted N, passed M (P%)`.
"""

import argparse
import concurrent.futures
import os
import re
import shlex
import subprocess
import sys
import tempfile

DEFAULT_DIRS = ["Zend/tests", "tests/lang", "ext/standard/tests/strings",
                "ext/standard/tests/array", "ext/standard/tests/math",
                "ext/standard/tests/general_functions", "ext/json/tests", "ext/pcre/tests"]
UNSUPPORTED = ["SKIPIF", "INI", "ARGS", "STDIN", "POST", "POST_RAW", "GET", "COOKIE", "ENV",
               "FILE_EXTERNAL", "REDIRECTTEST", "EXTENSIONS", "CGI", "PHPDBG",
               "CAPTURE_STDIO", "GZIP_POST", "DEFLATE_POST", "PUT", "CONFLICTS", "XLEAK"]
PHP_FLAGS = "-d display_errors=1 -d log_errors=0 -d error_reporting=-1 -d html_errors=0"
SECTION = re.compile(rb"^--([A-Z_]+)--\s*$")


def read_sections(path):
    """{name: bytes} of a .phpt file."""
    sections = {}
    name = None
    with open(path, "rb") as f:
        for line in f.read().splitlines(keepends=True):
            m = SECTION.match(line)
            if m:
                name = m.group(1).decode()
                sections[name] = b""
            elif name is not None:
                sections[name] += line
    return sections


def expectf_regex(pattern):
    """run-tests.php's --EXPECTF-- patterns as a Python regular expression."""
    out = []
    i = 0
    n = len(pattern)
    while i < n:
        if pattern.startswith("%r", i):
            end = pattern.find("%r", i + 2)
            if end < 0:
                end = n
            out.append("(" + pattern[i + 2:end] + ")")
            i = end + 2
            continue
        if pattern[i] == "%" and i + 1 < n:
            code = pattern[i + 1]
            replacement = {
                "e": re.escape(os.sep), "s": r"[^\r\n]+", "S": r"[^\r\n]*", "a": r".+",
                "A": r".*", "w": r"\s*", "i": r"[+-]?\d+", "d": r"\d+", "x": r"[0-9a-fA-F]+",
                "f": r"[+-]?\.?\d+\.?\d*(?:[Ee][+-]?\d+)?", "c": r".", "0": r"\x00",
            }.get(code)
            if replacement is not None:
                out.append(replacement)
                i += 2
                continue
        out.append(re.escape(pattern[i]))
        i += 1
    return "^" + "".join(out) + "$"


def normalise(text):
    return text.replace(b"\r\n", b"\n").strip()


def judge(sections, output):
    """True when `output` (bytes) is what the test expects."""
    got = normalise(output).decode("latin-1")
    if "EXPECT" in sections:
        return got == normalise(sections["EXPECT"]).decode("latin-1")
    if "EXPECTF" in sections:
        pattern = expectf_regex(normalise(sections["EXPECTF"]).decode("latin-1"))
    elif "EXPECTREGEX" in sections:
        pattern = "^" + normalise(sections["EXPECTREGEX"]).decode("latin-1") + "$"
    else:
        return False
    try:
        return re.match(pattern, got, re.S) is not None
    except re.error:
        return False


def runnable(sections):
    if "FILE" not in sections and "FILEEOF" not in sections:
        return False
    if not ("EXPECT" in sections or "EXPECTF" in sections or "EXPECTREGEX" in sections):
        return False
    return not any(name in sections for name in UNSUPPORTED)


def run(cmd, source, name, timeout):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, name + ".php")
        with open(path, "wb") as f:
            f.write(source)
        argv = [os.path.abspath(part) if os.path.exists(part) else part.replace("{file}", path)
                for part in shlex.split(cmd)]   # the test runs in its own folder
        if not any("{file}" in part for part in shlex.split(cmd)):
            argv.append(path)
        try:
            result = subprocess.run(argv, cwd=folder, stdout=subprocess.PIPE,
                                    stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                                    timeout=timeout)
            return result.stdout
        except subprocess.TimeoutExpired:
            return None


def one_test(path, args):
    sections = read_sections(path)
    if not runnable(sections):
        return path, "skip"
    source = sections.get("FILE")
    if source is None:
        source = sections["FILEEOF"].rstrip(b"\r\n")
    name = os.path.basename(path)[:-5]
    reference = run(args.ref + " " + PHP_FLAGS + " {file}", source, name, args.timeout)
    if reference is None or not judge(sections, reference):
        return path, "reference fails"
    ours = run(args.cmd, source, name, args.timeout)
    if ours is not None and judge(sections, ours):
        return path, "pass"
    return path, "fail"


def collect(src, dirs, substring):
    paths = []
    for d in dirs:
        for root, _, files in os.walk(os.path.join(src, d)):
            for name in sorted(files):
                if name.endswith(".phpt") and substring in os.path.join(root, name):
                    paths.append(os.path.join(root, name))
    return sorted(paths)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dirs", nargs="*", default=DEFAULT_DIRS)
    parser.add_argument("--src", required=True, help="a php-src checkout")
    parser.add_argument("--cmd", default=".venv/bin/python targetpolyvm.py {file}")
    parser.add_argument("--ref", default="php")
    parser.add_argument("--filter", default="")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--timeout", type=float, default=30)
    parser.add_argument("-j", "--jobs", type=int, default=2)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    paths = collect(args.src, args.dirs, args.filter)
    if args.limit:
        paths = paths[:args.limit]
    counts = {"pass": 0, "fail": 0, "skip": 0, "reference fails": 0}
    per_dir = {}
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for path, verdict in pool.map(lambda p: one_test(p, args), paths):
            counts[verdict] += 1
            d = os.path.relpath(os.path.dirname(path), args.src)
            entry = per_dir.setdefault(d, [0, 0])
            if verdict in ("pass", "fail"):
                entry[0] += 1
                entry[1] += verdict == "pass"
            if verdict == "fail" and args.verbose:
                print("FAIL", os.path.relpath(path, args.src))
    for d in sorted(per_dir):
        counted, passed = per_dir[d]
        if counted:
            print("%-45s %4d/%-4d" % (d, passed, counted))
    counted = counts["pass"] + counts["fail"]
    print("skipped %d (harness), %d (php itself fails)" % (counts["skip"],
                                                          counts["reference fails"]))
    print("counted %d, passed %d (%.1f%%)" % (counted, counts["pass"],
                                             100.0 * counts["pass"] / max(counted, 1)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
