"""Lox's one native function, declared through the framework's FunctionTable.

A wrapper checks the arity (calling the space's `arity_error`) and passes the space first;
a new native is one more decorated function here.  FunctionTable comes from Lox's kit, so
the specs and their wrappers are Lox's own even in a binary with other languages.
"""
import time

from languages.lox.kit import FunctionTable
from languages.lox.objects import W_Number

functions = FunctionTable()


@functions.function("clock")
def clock(space):
    """Seconds of processor time, as clox's clock() (C's clock() / CLOCKS_PER_SEC)."""
    return W_Number(time.clock())

