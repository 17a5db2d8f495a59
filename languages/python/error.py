"""The carrier of a Python exception through RPython code.

`OperationError` wraps the guest exception instance (`w_value`); the interpreter loop adds a
traceback entry per frame it unwinds.  Build one with `space.error(w_type, message)`.
"""
from framework.errors import GuestError


class OperationError(GuestError):
    def __init__(self, w_value):
        self.w_value = w_value

    def match(self, space, w_type):
        return space.exception_matches(self.w_value, w_type)


class TracebackEntry(object):
    """One `File "...", line N, in name` line, innermost last."""

    def __init__(self, filename, line, name):
        self.filename = filename
        self.line = line
        self.name = name
