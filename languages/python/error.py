"""The carrier of a Python exception through RPython code.

`OperationError` wraps the guest exception instance (`w_value`); the interpreter loop adds a
traceback record (framework/tracebacks.py) per frame it unwinds.  Build one with
`space.error(w_type, message)`.
"""
from framework.errors import GuestError


class OperationError(GuestError):
    def __init__(self, w_value, reraised=False):
        self.w_value = w_value
        # A re-raise (bare `raise`, the end of a finally) adds no traceback entry for the
        # frame doing it, as in CPython; the flag is spent by that frame.
        self.reraised = reraised

    def match(self, space, w_type):
        return space.exception_matches(self.w_value, w_type)

