"""Lox's one native function, declared through the framework's FunctionTable.

A wrapper checks the arity (calling the space's `arity_error`) and passes the space first;
a new native is one more decorated function here.  NATIVES takes the wrappers out of their
specs at import time: every language's BuiltinSpec shares one class, and reading `.wrapper`
at run time would make the annotator mix all languages' wrappers and spaces at one call.
"""
import time

from framework.classdef import FunctionTable
from languages.lox.objects import W_Number

functions = FunctionTable()


@functions.function("clock")
def clock(space):
    """Seconds of processor time, as clox's clock() (C's clock() / CLOCKS_PER_SEC)."""
    return W_Number(time.clock())


NATIVES = [(spec.name, spec.wrapper) for spec in functions.specs()]
