"""Run every tests/ruby/cases/*.rb in-process (untranslated) and compare its standard output
(and exit status, NAME.rc when not 0) with what ruby 3.1 printed (tests/ruby/record.py)."""
import os
import sys

import pytest

from framework.testing import run_program
from languages.ruby.language import RubyLanguage

CASES = os.path.join(os.path.dirname(__file__), "cases")
sys.setrecursionlimit(max(sys.getrecursionlimit(), 10000))   # as targetpolyvm.py does
NAMES = sorted(name[:-3] for name in os.listdir(CASES) if name.endswith(".rb"))


def run_ruby(source, filename="test.rb"):
    """(exit status, stdout, stderr) of running `source` untranslated."""
    return run_program(RubyLanguage(), source, filename)


def test_there_are_cases():
    assert len(NAMES) >= 20


@pytest.mark.parametrize("name", NAMES)
def test_case(name):
    with open(os.path.join(CASES, name + ".rb")) as f:
        source = f.read()
    with open(os.path.join(CASES, name + ".out")) as f:
        expected = f.read()
    rc_path = os.path.join(CASES, name + ".rc")
    expected_status = 0
    if os.path.exists(rc_path):
        with open(rc_path) as f:
            expected_status = int(f.read().strip())
    status, out, err = run_ruby(source, name + ".rb")
    assert out == expected, err
    assert status == expected_status, err
    err_path = os.path.join(CASES, name + ".err")
    if os.path.exists(err_path):
        with open(err_path) as f:
            assert err.split("\n")[0] + "\n" == f.read()


def test_syntax_error_is_worded_as_ruby():
    status, out, err = run_ruby("def f\n  1\n", "bad.rb")
    assert status == 1
    assert "bad.rb:2: syntax error, unexpected end-of-input" in err


def test_uncaught_error_names_method_and_class():
    status, out, err = run_ruby("def f(x)\n  raise ArgumentError, 'no'\nend\nf(1)\n", "e.rb")
    assert status == 1
    assert "e.rb:2:in `f': no (ArgumentError)" in err
    assert "from e.rb:4:in `<main>'" in err


def test_deep_recursion_is_system_stack_error():
    status, out, err = run_ruby("def f(n) = f(n + 1)\nf(0)\n", "deep.rb")
    assert status == 1
    assert "stack level too deep (SystemStackError)" in err
