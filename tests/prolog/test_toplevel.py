"""The interactive top level (no -g/-t goal): queries read from standard input, answers
as swipl 9 prints them when its input is not a terminal (recorded from
`swipl FILE < queries`, stdout only)."""
from framework.testing import run_program
from languages.prolog import io as prolog_io
from languages.prolog.language import PrologLanguage

PROGRAM = "p(1).\np(2).\n"


def run_toplevel(queries):
    prolog_io.STDIN.text = queries
    prolog_io.STDIN.pos = 0
    return run_program(PrologLanguage(), PROGRAM, "tl.pl")


def test_answers_bindings_more_solutions_and_false():
    status, out, err = run_toplevel("p(X).\n;\nX = 3, Y = f(X).\nfail.\np(X).\n;\n;\n")
    assert out == ("X = 1 X = 2.\n\nX = 3,\nY = f(3).\n\nfalse.\n\n"
                   "X = 1 X = 2.\n\n\n")
    assert status == 0


def test_true_for_no_bindings_and_a_newline_at_the_end():
    status, out, err = run_toplevel("p(1).\n")
    assert out == "true.\n\n\n"
    status, out, err = run_toplevel("")
    assert out == "\n"
    assert status == 0


def test_an_error_is_reported_and_the_top_level_goes_on():
    status, out, err = run_toplevel("X is 1/0.\np(2).\n")
    assert "zero_divisor" in err
    assert out == "true.\n\n\n"
