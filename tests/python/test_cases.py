"""Differential cases: tests/python/cases/NAME.py run untranslated must print NAME.out (recorded
from CPython 3.11), exit with NAME.rc (0 when absent) and write each line of NAME.err somewhere
in stderr.  A folder NAME/ with main.py is a case whose modules sit beside main.py.
Each case runs in a scratch folder, given by its bare file name (as the conformance runner does).
POLYVM_BINARY=build/polyvm runs the same cases on a translated binary instead.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import threading

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
REPO = os.path.dirname(os.path.dirname(HERE))
TARGET = os.path.join(REPO, "targetpolyvm.py")
BINARY = os.environ.get("POLYVM_BINARY", "")
TIMEOUT = 300                # seconds: a hang fails its case instead of stalling the suite
COMMAND = [os.path.abspath(BINARY)] if BINARY else [sys.executable, TARGET]


def discover():
    names = []
    for entry in sorted(os.listdir(CASES)):
        path = os.path.join(CASES, entry)
        if entry.endswith(".py") or os.path.isfile(os.path.join(path, "main.py")):
            names.append(entry[:-3] if entry.endswith(".py") else entry)
    return names


def read(path, default=None):
    if not os.path.exists(path):
        return default
    with open(path, "rb") as f:
        return f.read()


def run_case(name):
    scratch = tempfile.mkdtemp(prefix="pycase-")
    try:
        source = os.path.join(CASES, name)
        if os.path.isdir(source):
            for entry in os.listdir(source):
                shutil.copy(os.path.join(source, entry), scratch)
            filename = "main.py"
        else:
            shutil.copy(source + ".py", scratch)
            filename = name + ".py"
        stdin = read(os.path.join(CASES, name + ".in"), b"")
        process = subprocess.Popen(COMMAND + [filename], cwd=scratch,
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE)
        watchdog = threading.Timer(TIMEOUT, process.kill)
        watchdog.start()
        try:
            out, err = process.communicate(stdin)
        finally:
            watchdog.cancel()
        return out, err, process.returncode
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


@pytest.mark.parametrize("name", discover())
def test_case(name):
    out, err, rc = run_case(name)
    # a host traceback names the interpreter's own files; the guest's name the scratch copy
    assert b"RPython traceback" not in err and REPO.encode() not in err, err
    expected_rc = int(read(os.path.join(CASES, name + ".rc"), b"0").strip())
    assert rc == expected_rc, (rc, err)
    expected = read(os.path.join(CASES, name + ".out"), b"")
    if out != expected:
        got_lines = out.split(b"\n")
        want_lines = expected.split(b"\n")
        for i in range(max(len(got_lines), len(want_lines))):
            got = got_lines[i] if i < len(got_lines) else b"<end>"
            want = want_lines[i] if i < len(want_lines) else b"<end>"
            assert got == want, "line %d: want %r got %r\nstderr: %s" % (i + 1, want, got, err)
    for line in read(os.path.join(CASES, name + ".err"), b"").splitlines():
        if line.strip():
            assert line in err, "stderr lacks %r:\n%s" % (line, err)
