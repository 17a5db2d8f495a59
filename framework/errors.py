"""Errors shared by every language: positioned source errors and the guard on what the host
runs out of (call depth, C stack, GC shadow stack, memory).

A language raises `SourceError` from its lexer, parser or compiler and prints it in its own
style; runtime errors are each language's own exception class (a subclass of `GuestError`),
because only the language knows how its exceptions look.  Nothing here ever reaches the user
as a host traceback.

`HostLimits` is each language's guard (stamped per language: it calls back for the
language's exceptions).  Its `enter`/`leave` bracket every guest call; its interpreter loop
turns the host's own failures into guest errors where it already turns guest errors into
handler jumps and traceback records, so they look like any other error to the program:

    try:
        next_pc = dispatch(...)
    except MyError as e:
        ...record the frame, find a handler...
    except StackOverflow:
        ...the same with limits.stack_overflowed()
    except MemoryError:
        ...the same with limits.out_of_memory()

framework/entry.py catches both again outside any loop (a parser or compiler recursing).
"""
from rpython.rlib import jit, rstack
from rpython.rlib.objectmodel import we_are_translated
from rpython.rlib.rarithmetic import LONG_BIT
from rpython.rlib.rstackovf import StackOverflow, check_stack_overflow
from rpython.rtyper.lltypesystem import llmemory
from rpython.rtyper.lltypesystem.lloperation import llop

from framework.tracebacks import record_frame


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
    """Base of every language's run-time exception carrier (the guest exception is a field).

    A language without exception objects may keep its traceback records on the carrier, in
    a `traceback` list its subclass makes."""

    def record_frame(self, name, filename, line):
        record_frame(self.traceback, name, filename, line)


# The GC's shadow stack (a GC root per live pointer in each host frame, pushed and popped
# without a bounds check) has a fixed size in rpython: ShadowStackPool.root_stack_depth,
# 163840 roots (1.25 MB), with no translation option.  Deep guest recursion with a high
# limit fills it before the C stack check fires, and overflowing it is a segfault.  So the
# guard refuses a guest call while the shadow stack is nearly full.
SHADOW_STACK_ROOTS = 163840
SHADOW_STACK_RESERVE = 16384    # left free for the host work of the deepest frames
WATCH_DEPTH = 1000              # measure the shadow stack from this depth on (a slow path)
WORD = LONG_BIT // 8            # bytes per root

# The C stack check (rpython.rlib.rstack) allows 768 KB by default; a language limit above
# DEFAULT_LIMIT frames grows it in proportion, up to MAX_STACK_FRACTION x 768 KB = 3 MB.
# The guard above watches the shadow stack only at guest calls; recursion inside the host
# (Python's repr of a list nested 300,000 deep) must meet the C stack check first.  Measured
# on an -O2 binary: such a repr fills the shadow stack after about 5.6 MB of C stack (35
# bytes per root), so 3 MB keeps a margin of almost 2.  Guest calls of every shape tried
# (plain, methods, __init__, dunders, through map and sorted, generators) still get 4,000
# frames in 3 MB.  The shadow stack holds 7 (plain call) to 18 (__add__) roots per frame.
DEFAULT_LIMIT = 1000
MAX_STACK_FRACTION = 4.0


@jit.dont_look_inside
def shadow_stack_roots():
    """GC roots on the shadow stack now (0 untranslated, where there is none)."""
    if not we_are_translated():
        return 0
    base = llop.gc_adr_of_root_stack_base(llmemory.Address).address[0]
    top = llop.gc_adr_of_root_stack_top(llmemory.Address).address[0]
    return (top - base) // WORD


def shadow_stack_nearly_full():
    return shadow_stack_roots() > SHADOW_STACK_ROOTS - SHADOW_STACK_RESERVE


class HostLimits(object):
    """A language's call-depth counter with the limit the language sets, and its errors
    for what the host runs out of.  Stamp it per language (framework/kit.py) and subclass
    the copy to define `too_deep` and `out_of_memory`.

    The effective depth is the smaller of the language's limit and what the C stack and the
    GC's shadow stack hold, so the guest's error always comes before a host crash."""
    _immutable_fields_ = ['limit?', 'watch_from?']     # change only with set_limit

    def __init__(self, limit):
        self.depth = 0
        self.limit = limit
        self.watch_from = min(limit, WATCH_DEPTH)

    def set_limit(self, limit):
        """The language's new limit; the C stack check grows with it (see MAX_STACK_FRACTION)."""
        self.limit = limit
        self.watch_from = min(limit, WATCH_DEPTH)
        fraction = max(1.0, min(limit * (1.0 / DEFAULT_LIMIT), MAX_STACK_FRACTION))
        rstack._stack_set_length_fraction(fraction)

    def enter(self):
        """A guest call begins: raises the language's error when it would go too deep."""
        self.check_depth(self.depth)
        self.depth += 1

    def leave(self):
        self.depth -= 1

    def check_depth(self, depth):
        """The check alone, for a language whose frames carry their depth (virtual in a
        trace, so it costs nothing there; `enter`'s counter is a heap write per call)."""
        if depth >= self.watch_from:
            if depth >= self.limit or shadow_stack_nearly_full():
                raise self.too_deep()

    def stack_overflowed(self):
        """The language's error for the host's StackOverflow (call in `except StackOverflow`)."""
        check_stack_overflow()
        return self.too_deep()

    def too_deep(self):
        """The language's exception for recursion too deep (an instance to raise)."""
        raise NotImplementedError

    def out_of_memory(self):
        """The language's exception for a failed allocation (an instance to raise)."""
        raise NotImplementedError


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
           "caret_line", "HostLimits", "shadow_stack_roots"]
