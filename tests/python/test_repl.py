"""Python's interactive mode: CPython's prompts, echo of expression values, errors survived."""
from framework import console, output
from framework.testing import Capture
from languages.python.language import PythonLanguage


class Typed(object):
    """Stands in for standard input: the lines a user types, then the end of input."""

    def __init__(self, lines):
        self.lines = list(lines)

    def read_line(self, prompt):
        output.write_out(prompt)
        return self.lines.pop(0) + "\n" if self.lines else None


def session(monkeypatch, lines):
    out, err = Capture(), Capture()
    monkeypatch.setattr(output, "stdout", out)
    monkeypatch.setattr(output, "stderr", err)
    monkeypatch.setattr(console, "stdin", Typed(lines))
    status = PythonLanguage().repl()
    return status, out.text(), err.text()


def test_expressions_echo_their_repr_and_statements_do_not(monkeypatch):
    status, out, err = session(monkeypatch, ["x = 6", "x * 7", "'a' + 'b'", "None", "_"])
    assert status == 0 and err == ""
    assert out == ">>> >>> 42\n>>> 'ab'\n>>> >>> 'ab'\n>>> \n"


def test_blocks_and_brackets_continue_with_the_secondary_prompt(monkeypatch):
    status, out, err = session(monkeypatch, ["for i in range(2):", "    print(i)", "",
                                             "[1,", " 2]"])
    assert out == ">>> ... ... 0\n1\n>>> ... [1, 2]\n>>> \n"


def test_an_error_is_reported_and_the_session_goes_on(monkeypatch):
    status, out, err = session(monkeypatch, ["1/0", "1 +", "print('still here')"])
    assert "ZeroDivisionError: division by zero" in err
    assert "SyntaxError" in err
    assert out.endswith("still here\n>>> \n")


def test_exit_ends_the_session_with_its_status(monkeypatch):
    status, out, err = session(monkeypatch, ["raise SystemExit(3)", "print('never')"])
    assert status == 3 and "never" not in out
