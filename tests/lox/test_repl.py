"""Lox's interactive mode, as clox's: `> `, one line at a time, globals kept between lines."""
from framework import console, output
from framework.testing import Capture
from languages.lox.language import LoxLanguage
from tests.python.test_repl import Typed


def test_globals_survive_between_lines_and_errors_do_not_end_it(monkeypatch):
    out, err = Capture(), Capture()
    monkeypatch.setattr(output, "stdout", out)
    monkeypatch.setattr(output, "stderr", err)
    monkeypatch.setattr(console, "stdin", Typed(["var a = 2;", "print a * 3;", "print b;",
                                                 "print a;"]))
    assert LoxLanguage().repl() == 0
    assert out.text() == "> > 6\n> > 2\n> \n"
    assert err.text() == "Undefined variable 'b'.\n[line 1] in script\n"
