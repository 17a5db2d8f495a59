"""Python and Lox values answering the protocol in one RPython program: the combined
annotation and rtyping must pass (a widening or a mixed call family fails here), and the
program must compute the same answers under the llinterpreter.  Slow (it rtypes both
interpreters): a few minutes."""
from rpython.rtyper.test.test_llinterp import interpret

from framework import interop
from languages.lox import interop as lox_interop
from languages.lox.objects import W_Number, W_String
from languages.python import interop as python_interop
from tests.interop.fixtures import fixture

PY = fixture("python")
LOX = fixture("lox")
space = PY.language.space
w_py_add = PY.value("add")
w_py_items = PY.value("items")
w_py_table = PY.value("table")
w_lox_add = LOX.value("add")
w_lox_point = LOX.value("point")


def crossing(n):
    """A checksum of answers; each line also checks its own part."""
    score = 0
    # Lox numbers into a Python function through the protocol.
    w_sum = w_py_add.interop_call([W_Number(float(n)), W_Number(1.0)])
    if w_sum.interop_kind() == interop.NUMBER and w_sum.interop_as_float() == n + 1.0:
        score += 1
    # A Lox function called from Python's side: Python ints in, a Lox number out, imported.
    w_result = python_interop.boundary.call(w_lox_add, [space.newint(n), space.newint(2)])
    if space.float_w(w_result) == n + 2.0:
        score += 2
    # Members of a Lox object, and a Lox value sent back into Lox as itself.
    w_x = w_lox_point.interop_read_member("x")
    if w_x.interop_as_float() == 1.0:
        score += 4
    if lox_interop.boundary.import_value(w_lox_point) is w_lox_point:
        score += 8
    # A Python list seen from Lox through one cached adapter.
    w_adapter = lox_interop.boundary.import_value(w_py_items)
    if lox_interop.boundary.import_value(w_py_items) is w_adapter and \
            lox_interop.boundary.export_value(w_adapter) is w_py_items:
        score += 16
    if w_py_items.interop_size() == 3 and \
            w_py_items.interop_read_index(1).interop_as_str() == "two":
        score += 32
    if w_py_table.interop_read_key(W_String("a")).interop_as_int() == 1:
        score += 64
    # Errors: a wrong arity on each side.
    try:
        w_lox_add.interop_call([])
    except interop.ArityError:
        score += 128
    try:
        w_py_add.interop_call([])
    except interop.ArityError:
        score += 256
    if w_lox_add.interop_display() == "<fn add>" and interop.is_identical(w_lox_add, w_lox_add):
        score += 512
    return score


ALL = 1023


def test_untranslated():
    assert crossing(5) == ALL


def test_rtyped():
    assert interpret(crossing, [5]) == ALL
