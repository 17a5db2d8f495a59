"""Run every tests/lox/cases/*.lox in-process (untranslated) against its inline expectations.

The cases use the book's comment format (`// expect: ...`, see expectations.py); they pass on
clox too: `python3 tests/lox/book_suite.py --suite tests/lox/cases --cmd "clox {file}"`.
"""
import os
import sys

import pytest

from framework import output
from languages.lox.language import LoxLanguage
from tests.lox.expectations import Expectations

CASES = os.path.join(os.path.dirname(__file__), "cases")
sys.setrecursionlimit(max(sys.getrecursionlimit(), 10000))   # as targetpolyvm.py does
NAMES = sorted(name for name in os.listdir(CASES) if name.endswith(".lox"))


class Capture(object):
    """Stands in for framework.output's stdout/stderr buffers."""

    def __init__(self):
        self.pieces = []

    def write(self, text):
        self.pieces.append(text)

    def flush(self):
        pass

    def text(self):
        return "".join(self.pieces)


def run_lox(monkeypatch, source, filename="test.lox"):
    """(exit status, stdout, stderr) of running `source` untranslated."""
    out, err = Capture(), Capture()
    monkeypatch.setattr(output, "stdout", out)
    monkeypatch.setattr(output, "stderr", err)
    status = LoxLanguage().run(filename, source, [filename])
    return status, out.text(), err.text()


def test_there_are_cases():
    assert len(NAMES) >= 20


@pytest.mark.parametrize("name", NAMES)
def test_case(monkeypatch, name):
    with open(os.path.join(CASES, name)) as f:
        source = f.read()
    status, out, err = run_lox(monkeypatch, source, name)
    problems = Expectations(source).failures(status, out, err)
    assert not problems, "\n".join(problems)
