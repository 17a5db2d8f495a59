"""How Ruby unwinds the host stack: a raised exception and the non-local exits (break out
of a block, return from a proc, throw), all subclasses of `Unwind` so an `ensure` catches
every one of them."""
from framework.errors import GuestError
from languages.ruby.objects import W_Value


class Unwind(GuestError):
    pass


class RubyError(Unwind):
    """A Ruby exception on its way up; `w_exc` is the exception object."""

    def __init__(self, w_exc):
        self.w_exc = w_exc
        self.builtin_name = ""       # set when a built-in method raised it
        self.last_frame = None


class BreakUnwind(Unwind):
    def __init__(self, w_proc, w_value):
        self.w_proc = w_proc
        self.w_value = w_value


class ReturnUnwind(Unwind):
    def __init__(self, frame, w_value):
        self.frame = frame
        self.w_value = w_value


class NextUnwind(Unwind):
    """`next` in a block leaving through an ensure clause."""

    def __init__(self, frame, w_value):
        self.frame = frame
        self.w_value = w_value


class ThrowUnwind(Unwind):
    def __init__(self, w_tag, w_value):
        self.w_tag = w_tag
        self.w_value = w_value


class W_Pending(W_Value):
    """What an ensure handler holds while its clause runs: the unwinding to resume."""

    def __init__(self, unwind):
        self.unwind = unwind
