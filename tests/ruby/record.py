"""Record the expected output of tests/ruby/cases/*.rb from the reference `ruby` (3.1):
NAME.out (stdout) and, when the status is not 0, NAME.rc and NAME.err (the first line of
stderr: the error as ruby words it).

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
    err_path = os.path.join(CASES, name + ".err")
    first_err = result.stderr.split(b"\n")[0]
    if result.returncode:
        with open(rc_path, "w") as f:
            f.write("%d\n" % result.returncode)
        if first_err:
            with open(err_path, "wb") as f:
                f.write(first_err + b"\n")
    for path in [rc_path, err_path]:
        if not result.returncode and os.path.exists(path):
            os.remove(path)


def main(names):
    if not names:
        names = sorted(n[:-3] for n in os.listdir(CASES) if n.endswith(".rb"))
    for name in names:
        record(name)
        print("recorded", name)


if __name__ == "__main__":
    main(sys.argv[1:])
