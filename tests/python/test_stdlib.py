"""Differential cases for the standard library: tests/python/stdlib/NAME.py (or NAME/main.py,
a folder of modules and packages) run untranslated must print NAME.out, recorded from CPython
3.11 by stdlib/record.py.  They need CPython 3.11's Lib/ (languages/python/stdlib.py finds
it) and are skipped without one; `test_without_lib` checks the degraded mode."""
import os
import shutil
import subprocess
import sys
import tempfile

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "stdlib")
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, REPO)
from languages.python.stdlib import find_stdlib   # noqa: E402  (host Python 2.7 reads it)

TARGET = os.path.join(REPO, "targetpolyvm.py")
BINARY = os.environ.get("POLYVM_BINARY", "")
COMMAND = [os.path.abspath(BINARY)] if BINARY else [sys.executable, TARGET]
HAS_LIB = bool(find_stdlib())


def discover():
    return sorted(entry[:-3] if entry.endswith(".py") else entry
                  for entry in os.listdir(CASES)
                  if entry.endswith(".py") and entry != "record.py"
                  or os.path.isfile(os.path.join(CASES, entry, "main.py")))


def run(name, env=None):
    scratch = tempfile.mkdtemp(prefix="pystd-")
    try:
        source = os.path.join(CASES, name)
        if os.path.isdir(source):
            for entry in os.listdir(source):
                copy = shutil.copytree if os.path.isdir(os.path.join(source, entry)) \
                    else shutil.copy
                copy(os.path.join(source, entry), os.path.join(scratch, entry))
            filename = "main.py"
        else:
            shutil.copy(source + ".py", scratch)
            filename = name + ".py"
        process = subprocess.Popen(COMMAND + [filename], cwd=scratch, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE,
                                   env=dict(os.environ, **(env or {})))
        out, err = process.communicate()
        return out, err, process.returncode
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


@pytest.mark.skipif(not HAS_LIB, reason="no CPython 3.11 Lib/ on this machine")
@pytest.mark.parametrize("name", discover())
def test_stdlib_case(name):
    out, err, rc = run(name)
    assert rc == 0, err
    with open(os.path.join(CASES, name + ".out"), "rb") as f:
        expected = f.read()
    got_lines, want_lines = out.split(b"\n"), expected.split(b"\n")
    for i in range(max(len(got_lines), len(want_lines))):
        got = got_lines[i] if i < len(got_lines) else b"<end>"
        want = want_lines[i] if i < len(want_lines) else b"<end>"
        assert got == want, "line %d: want %r got %r\nstderr: %s" % (i + 1, want, got, err)


def test_without_lib():
    """POLYVM_PYTHON_LIB naming no Lib/: Lib's modules are missing, the built-in and lib/
    ones still import, and the program runs."""
    out, err, rc = run("packages", {"POLYVM_PYTHON_LIB": ""})
    assert rc == 0, err
    source = ("import collections, functools, itertools, math\n"
              "print(collections.Counter('aab').most_common(1))\n"
              "try:\n    import json\nexcept ModuleNotFoundError as e:\n    print(e)\n")
    scratch = tempfile.mkdtemp(prefix="pystd-")
    try:
        with open(os.path.join(scratch, "nolib.py"), "w") as f:
            f.write(source)
        p = subprocess.Popen(COMMAND + ["nolib.py"], cwd=scratch, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE,
                             env=dict(os.environ, POLYVM_PYTHON_LIB=""))
        out, err = p.communicate()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    assert out == b"[('a', 2)]\nNo module named 'json'\n", err


# -- the command line: -m, -c, sys.argv and sys.path (tests/python/stdlib_cli/NAME/) -----
CLI_CASES = os.path.join(HERE, "stdlib_cli")


def cli_cases():
    return sorted(entry for entry in os.listdir(CLI_CASES)
                  if os.path.isfile(os.path.join(CLI_CASES, entry, "args")))


def normalise(text, scratch):
    """As stdlib_cli/record.py normalises CPython's (the interpreter is named polyvm here)."""
    import re
    text = text.replace(scratch, "<DIR>").replace("polyvm:", "<PYTHON>:")
    return re.sub(r"(Ran \d+ tests? in )\d+\.\d+s", r"\1<T>s", text)


@pytest.mark.skipif(not HAS_LIB, reason="no CPython 3.11 Lib/ on this machine")
@pytest.mark.parametrize("name", cli_cases())
def test_command_line_case(name):
    case = os.path.join(CLI_CASES, name)
    scratch = os.path.realpath(tempfile.mkdtemp(prefix="pycli-"))
    try:
        for entry in os.listdir(case):
            if entry in ("args", "expected"):
                continue
            copy = shutil.copytree if os.path.isdir(os.path.join(case, entry)) else shutil.copy
            copy(os.path.join(case, entry), os.path.join(scratch, entry))
        with open(os.path.join(case, "args")) as f:
            args = [line for line in f.read().split("\n") if line]
        process = subprocess.Popen(COMMAND + args, cwd=scratch, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE)
        out, err = process.communicate()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    got = "--- stdout\n%s--- stderr\n%s--- status %d\n" % (
        normalise(out, scratch), normalise(err, scratch), process.returncode)
    with open(os.path.join(case, "expected")) as f:
        expected = f.read()
    got_lines, want_lines = got.split("\n"), expected.split("\n")
    for i in range(max(len(got_lines), len(want_lines))):
        line = got_lines[i] if i < len(got_lines) else "<end>"
        want = want_lines[i] if i < len(want_lines) else "<end>"
        assert line == want, "line %d: want %r got %r\n%s" % (i + 1, want, line, got)
