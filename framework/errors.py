"""Errors shared by every language: positioned source errors and the host-stack guard.

A language raises `SourceError` from its lexer, parser or compiler and prints it in its own
style; runtime errors are each language's own exception class (a subclass of `GuestError`),
because only the language knows how its exceptions look.  Nothing here ever reaches the user
as a host traceback.
"""
from rpython.rlib.rstackovf import StackOverflow, check_stack_overflow


class SourceError(Exception):
    """A compile-time error at a known place in a source file (1-based line and column).

    `kind` names the guest's error class where a language has several ('' = its default).
    """

    def __init__(self, message, line, column, token="", kind=""):
        self.message = message
        self.line = line
        self.column = column
        self.token = token
        self.kind = kind


class GuestError(Exception):
    """Base of every language's run-time exception carrier (the guest exception is a field)."""


def source_line(source, line):
    """Return the text of 1-based `line` of `source`, without its newline ('' if absent)."""
    start = 0
    current = 1
    while current < line:
        nl = source.find("\n", start)
        if nl < 0:
            return ""
        start = nl + 1
        current += 1
    end = source.find("\n", start)
    if end < 0:
        end = len(source)
    assert end >= start
    return source[start:end]


def caret_line(text, column):
    """The caret marker under 1-based `column` of `text`, keeping tabs so it lines up."""
    pieces = []
    for i in range(min(column - 1, len(text))):
        pieces.append("\t" if text[i] == "\t" else " ")
    return "".join(pieces) + "^"


__all__ = ["SourceError", "GuestError", "StackOverflow", "check_stack_overflow", "source_line",
           "caret_line"]
