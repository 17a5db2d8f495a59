"""Run every tests/php/cases/*.php in-process (untranslated) against the output the
reference php recorded beside it (tests/php/record_cases.py)."""
import os
import sys

import pytest

from framework.testing import run_program
from languages.php.language import PhpLanguage

CASES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")
sys.setrecursionlimit(max(sys.getrecursionlimit(), 10000))
NAMES = sorted(name for name in os.listdir(CASES) if name.endswith(".php"))


@pytest.mark.parametrize("name", NAMES)
def test_case(name):
    path = os.path.join(CASES, name)
    with open(path) as f:
        source = f.read()
    with open(path[:-4] + ".out") as f:
        expected = f.read()
    status, out, err = run_program(PhpLanguage(), source, path)
    assert out.replace(CASES + "/", "%DIR%/") == expected
