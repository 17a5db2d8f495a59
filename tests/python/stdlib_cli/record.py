#!/usr/bin/env python3
"""Record NAME/expected for the command-line cases in tests/python/stdlib_cli/ from CPython
3.11: NAME/args holds the arguments after the interpreter (one a line), run in a scratch
copy of NAME/; the record is its stdout, stderr and exit status, normalised by `normalise`
(test_stdlib.py does the same to polyvm's).

    python3 tests/python/stdlib_cli/record.py [NAME ...]   # all cases when none is named
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def cases():
    return sorted(entry for entry in os.listdir(HERE)
                  if os.path.isfile(os.path.join(HERE, entry, "args")))


def read_args(name):
    with open(os.path.join(HERE, name, "args")) as f:
        return [line for line in f.read().split("\n") if line]


def scratch_copy(name):
    scratch = os.path.realpath(tempfile.mkdtemp(prefix="pycli-"))
    shutil.copytree(os.path.join(HERE, name), scratch, dirs_exist_ok=True)
    os.remove(os.path.join(scratch, "args"))
    if os.path.exists(os.path.join(scratch, "expected")):
        os.remove(os.path.join(scratch, "expected"))
    return scratch


def normalise(text, scratch, interpreter):
    """The scratch folder, the interpreter's name and unittest's timing made constant."""
    text = text.replace(scratch, "<DIR>").replace(interpreter + ":", "<PYTHON>:")
    return re.sub(r"(Ran \d+ tests? in )\d+\.\d+s", r"\1<T>s", text)


def record(text_out, text_err, status):
    return "--- stdout\n%s--- stderr\n%s--- status %d\n" % (text_out, text_err, status)


def main():
    for name in sys.argv[1:] or cases():
        scratch = scratch_copy(name)
        python = shutil.which("python3")
        p = subprocess.run([python] + read_args(name), cwd=scratch, capture_output=True,
                           env=dict(os.environ, PYTHONHASHSEED="0"))
        shutil.rmtree(scratch)
        text = record(normalise(p.stdout.decode(), scratch, python),
                      normalise(p.stderr.decode(), scratch, python), p.returncode)
        with open(os.path.join(HERE, name, "expected"), "w") as f:
            f.write(text)
        print(name, "status", p.returncode)


if __name__ == "__main__":
    main()
