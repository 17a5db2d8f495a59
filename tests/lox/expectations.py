"""The book's inline test expectations, read and checked under Python 2.7 (for pytest).

The same comment format as tests/lox/book_suite.py (a port of the book's tool/bin/test.dart,
Python 3 only): `// expect: X`, `// expect runtime error: M`, `// Error ...` (on the comment's
line), `// [line N] Error ...` and `// [c line N] Error ...`.
"""
import re

EXPECTED_OUTPUT = re.compile(r"// expect: ?(.*)")
EXPECTED_ERROR = re.compile(r"// (Error.*)")
ERROR_LINE = re.compile(r"// \[((java|c) )?line (\d+)\] (Error.*)")
EXPECTED_RUNTIME_ERROR = re.compile(r"// expect runtime error: (.+)")
SYNTAX_ERROR = re.compile(r"\[.*line (\d+)\] (Error.+)")
STACK_TRACE = re.compile(r"\[line (\d+)\]")


class Expectations(object):
    def __init__(self, source):
        self.output = []
        self.errors = set()
        self.runtime_error = None
        self.runtime_error_line = 0
        for num, line in enumerate(source.splitlines(), 1):
            m = EXPECTED_OUTPUT.search(line)
            if m:
                self.output.append(m.group(1))
                continue
            m = EXPECTED_ERROR.search(line)
            if m:
                self.errors.add("[%d] %s" % (num, m.group(1)))
                continue
            m = ERROR_LINE.search(line)
            if m:
                if m.group(2) in (None, "c"):
                    self.errors.add("[%s] %s" % (m.group(3), m.group(4)))
                continue
            m = EXPECTED_RUNTIME_ERROR.search(line)
            if m:
                self.runtime_error = m.group(1)
                self.runtime_error_line = num
        self.status = 65 if self.errors else 70 if self.runtime_error else 0

    def failures(self, status, out, err):
        """What differs from the expectations (an empty list when the run passed)."""
        problems = []
        if status != self.status:
            problems.append("exit status %d, expected %d" % (status, self.status))
        out_lines = out.splitlines()
        if out_lines != self.output:
            problems.append("stdout %r, expected %r" % (out_lines, self.output))
        err_lines = err.splitlines()
        if self.runtime_error is not None:
            if not err_lines or err_lines[0] != self.runtime_error:
                problems.append("runtime error %r, expected %r" % (err_lines[:1],
                                                                  self.runtime_error))
            traces = [STACK_TRACE.search(line) for line in err_lines[1:]]
            traces = [m for m in traces if m]
            if not traces or int(traces[0].group(1)) != self.runtime_error_line:
                problems.append("stack trace %r, expected line %d" % (err_lines[1:2],
                                                                     self.runtime_error_line))
        else:
            found = set()
            for line in err_lines:
                m = SYNTAX_ERROR.search(line)
                if m:
                    found.add("[%s] %s" % (m.group(1), m.group(2)))
                elif line:
                    problems.append("unexpected stderr line %r" % line)
            if found != self.errors:
                problems.append("errors %r, expected %r" % (sorted(found), sorted(self.errors)))
        return problems
