"""Record the expected output of tests/php/cases/*.php from the reference php (8.2), run
as the shared conformance suite runs it (errors on stdout):

    python3 tests/php/record_cases.py            # every case without a .out
    python3 tests/php/record_cases.py --all      # re-record all
"""
import os
import subprocess
import sys

CASES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")
PHP = ["php", "-d", "display_errors=1", "-d", "log_errors=0", "-d", "error_reporting=-1",
       "-d", "html_errors=0"]


def main(argv):
    for name in sorted(os.listdir(CASES)):
        if not name.endswith(".php"):
            continue
        out = os.path.join(CASES, name[:-4] + ".out")
        if os.path.exists(out) and "--all" not in argv:
            continue
        result = subprocess.run(PHP + [name], cwd=CASES, capture_output=True)
        with open(out, "wb") as f:
            f.write(result.stdout.replace(CASES.encode() + b"/", b"%DIR%/"))
        print("recorded", name, "status", result.returncode)


if __name__ == "__main__":
    main(sys.argv)
