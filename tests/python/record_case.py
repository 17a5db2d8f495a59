#!/usr/bin/env python3
"""Record NAME.out (and NAME.rc when not 0) for tests/python/cases/NAME from CPython 3.11.

    python3 tests/python/record_case.py NAME [NAME ...]

NAME.err is written by hand: the lines of CPython's stderr that an implementation must print.
"""
import os
import shutil
import subprocess
import sys
import tempfile

CASES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")

for name in sys.argv[1:]:
    scratch = tempfile.mkdtemp()
    source = os.path.join(CASES, name)
    if os.path.isdir(source):
        shutil.copytree(source, scratch, dirs_exist_ok=True)
        filename = "main.py"
    else:
        shutil.copy(source + ".py", scratch)
        filename = name + ".py"
    stdin_path = os.path.join(CASES, name + ".in")
    stdin = open(stdin_path, "rb").read() if os.path.exists(stdin_path) else b""
    p = subprocess.run(["python3", filename], cwd=scratch, input=stdin, capture_output=True)
    shutil.rmtree(scratch)
    with open(os.path.join(CASES, name + ".out"), "wb") as f:
        f.write(p.stdout)
    rc_path = os.path.join(CASES, name + ".rc")
    if p.returncode:
        with open(rc_path, "w") as f:
            f.write("%d\n" % p.returncode)
    elif os.path.exists(rc_path):
        os.remove(rc_path)
    print(name, "rc", p.returncode)
    if p.stderr:
        print(p.stderr.decode().replace(scratch, "%DIR%"))
