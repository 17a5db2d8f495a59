#!/usr/bin/env python3
"""Record NAME.out for tests/python/stdlib/NAME.py (or NAME/main.py) from CPython 3.11.

    python3 tests/python/stdlib/record.py [NAME ...]      # all cases when none is named
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def cases():
    return sorted(entry[:-3] if entry.endswith(".py") else entry for entry in os.listdir(HERE)
                  if entry.endswith(".py") and entry != "record.py"
                  or os.path.isfile(os.path.join(HERE, entry, "main.py")))


for name in sys.argv[1:] or cases():
    scratch = tempfile.mkdtemp()
    source = os.path.join(HERE, name)
    if os.path.isdir(source):
        shutil.copytree(source, scratch, dirs_exist_ok=True)
        filename = "main.py"
    else:
        shutil.copy(source + ".py", scratch)
        filename = name + ".py"
    p = subprocess.run(["python3", filename], cwd=scratch, capture_output=True,
                       env=dict(os.environ, TZ="UTC", PYTHONHASHSEED="0"))
    shutil.rmtree(scratch)
    with open(os.path.join(HERE, name + ".out"), "wb") as f:
        f.write(p.stdout)
    print(name, "rc", p.returncode, p.stderr.decode()[-300:])
