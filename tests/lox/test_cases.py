"""Run every tests/lox/cases/*.lox in-process (untranslated) against its inline expectations.

The cases use the book's comment format (`// expect: ...`, see expectations.py); they pass on
clox too: `python3 tests/lox/book_suite.py --suite tests/lox/cases --cmd "clox {file}"`.
"""
import os
import sys

import pytest

from framework.testing import run_program
from languages.lox.language import LoxLanguage
from tests.lox.expectations import Expectations

CASES = os.path.join(os.path.dirname(__file__), "cases")
sys.setrecursionlimit(max(sys.getrecursionlimit(), 10000))   # as targetpolyvm.py does
NAMES = sorted(name for name in os.listdir(CASES) if name.endswith(".lox"))


def run_lox(source, filename="test.lox"):
    """(exit status, stdout, stderr) of running `source` untranslated."""
    return run_program(LoxLanguage(), source, filename)


def test_there_are_cases():
    assert len(NAMES) >= 20


@pytest.mark.parametrize("name", NAMES)
def test_case(name):
    with open(os.path.join(CASES, name)) as f:
        source = f.read()
    status, out, err = run_lox(source, name)
    problems = Expectations(source).failures(status, out, err)
    assert not problems, "\n".join(problems)
