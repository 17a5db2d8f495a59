#!/usr/bin/env python3
"""Record tests/prolog/cases/NAME.out (and NAME.rc when not 0, NAME.err with swipl's
`ERROR: -g` lines) from SWI-Prolog, run as `swipl -q -g main -t halt NAME.pl`.

    python3 tests/prolog/record_cases.py            # every case
    python3 tests/prolog/record_cases.py NAME ...   # some
"""
import os
import shutil
import subprocess
import sys
import tempfile

CASES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")


def record(name):
    scratch = tempfile.mkdtemp()
    try:
        shutil.copy(os.path.join(CASES, name + ".pl"), scratch)
        stdin_path = os.path.join(CASES, name + ".in")
        stdin = open(stdin_path, "rb").read() if os.path.exists(stdin_path) else b""
        p = subprocess.run(["swipl", "-q", "-g", "main", "-t", "halt", name + ".pl"],
                           cwd=scratch, input=stdin, capture_output=True, timeout=60)
    finally:
        shutil.rmtree(scratch)
    with open(os.path.join(CASES, name + ".out"), "wb") as f:
        f.write(p.stdout)
    for suffix, content in ((".rc", "%d\n" % p.returncode if p.returncode else ""),
                            (".err", "".join(line + "\n" for line in
                                             p.stderr.decode().splitlines()
                                             if line.startswith("ERROR: -g")))):
        path = os.path.join(CASES, name + suffix)
        if content:
            with open(path, "w") as f:
                f.write(content)
        elif os.path.exists(path):
            os.remove(path)
    print(name, "rc", p.returncode)


if __name__ == "__main__":
    names = sys.argv[1:] or sorted(n[:-3] for n in os.listdir(CASES) if n.endswith(".pl"))
    for name in names:
        record(name)
