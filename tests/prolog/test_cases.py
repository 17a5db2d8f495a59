"""Run every tests/prolog/cases/NAME.pl in-process (untranslated) as `-g main -t halt` and
compare with what SWI-Prolog printed (recorded by record_cases.py): stdout byte for byte,
the exit status (NAME.rc, else 0), and each line of NAME.err somewhere in stderr."""
import os
import sys

import pytest

from framework.testing import run_program
from languages.prolog import io as prolog_io
from languages.prolog.language import PrologLanguage

CASES = os.path.join(os.path.dirname(__file__), "cases")
sys.setrecursionlimit(max(sys.getrecursionlimit(), 10000))   # as targetpolyvm.py does
NAMES = sorted(name[:-3] for name in os.listdir(CASES) if name.endswith(".pl"))


def run_prolog(source, filename="test.pl", goals=("main",)):
    """(exit status, stdout, stderr) of `-g GOAL... -t halt` on source, untranslated."""
    language = PrologLanguage()
    for goal in goals:
        language.set_option("-g", goal)
    language.set_option("-t", "halt")
    return run_program(language, source, filename)


def read(path, default=""):
    if not os.path.exists(path):
        return default
    with open(path) as f:
        return f.read()


def test_there_are_cases():
    assert len(NAMES) >= 25


@pytest.mark.parametrize("name", NAMES)
def test_case(name):
    base = os.path.join(CASES, name)
    prolog_io.STDIN.text = read(base + ".in")         # what the case reads as stdin
    prolog_io.STDIN.pos = 0
    status, out, err = run_prolog(read(base + ".pl"), name + ".pl")
    assert out == read(base + ".out")
    assert status == int(read(base + ".rc", "0"))
    for line in read(base + ".err").splitlines():
        assert line in err
