"""Record the expected output of tests/ruby/cases/*.rb from the reference `ruby` (3.1):
NAME.out (stdout) and, when the status is not 0, NAME.rc.

    python3 tests/ruby/record.py            # every case
    python3 tests/ruby/record.py NAME...    # some
"""
import os
import subprocess
import sys

CASES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")


def record(name):
    result = subprocess.run(["ruby", name + ".rb"], cwd=CASES, capture_output=True,
                            timeout=60)
    with open(os.path.join(CASES, name + ".out"), "wb") as f:
        f.write(result.stdout)
    rc_path = os.path.join(CASES, name + ".rc")
    if result.returncode:
        with open(rc_path, "w") as f:
            f.write("%d\n" % result.returncode)
    elif os.path.exists(rc_path):
        os.remove(rc_path)


def main(names):
    if not names:
        names = sorted(n[:-3] for n in os.listdir(CASES) if n.endswith(".rb"))
    for name in names:
        record(name)
        print("recorded", name)


if __name__ == "__main__":
    main(sys.argv[1:])
