"""framework/interop.py: W_Root's defaults, the errors, identity, Boundary's import/export and
adapter cache (with the GC), and the helpers a language builds its side from."""
import gc

import pytest

from rpython.rlib.objectmodel import import_from_mixin

from framework import interop
from framework.interop import (UnsupportedMessage, ArityError, UnknownMember, GuestException,
                               InteropError)
from framework.objspace import W_Root
from tests.interop.sender import W_TestInt, W_TestNull


# -- a toy language: just enough to stand on the kit's side of the protocol ---------------
class W_ToyValue(W_Root):
    pass


class W_ToyNumber(W_ToyValue):
    import_from_mixin(interop.primitive(interop.NUMBER, "value"))

    def __init__(self, value):
        self.value = value


class W_ToyText(W_ToyValue):
    import_from_mixin(interop.primitive(interop.STRING, "text"))

    def __init__(self, text):
        self.text = text


class W_ToyNil(W_ToyValue):
    def interop_kind(self):
        return interop.NULL


class W_ToyBool(W_ToyValue):
    import_from_mixin(interop.primitive(interop.BOOLEAN, "flag"))

    def __init__(self, flag):
        self.flag = flag


class ToyError(Exception):
    def __init__(self, message):
        self.message = message


class W_ToyForeign(interop.adapter_base("toy", W_ToyValue, display_as="show")):
    pass


toy_nil, toy_true, toy_false = W_ToyNil(), W_ToyBool(True), W_ToyBool(False)
ToyBoundary = interop.boundary_class(
    "toy", W_ToyValue, W_ToyForeign, null=toy_nil, true=toy_true, false=toy_false,
    float_class=W_ToyNumber, str_class=W_ToyText,
    language_error=lambda self, error: ToyError(error.message))


class W_Other(W_Root):
    """A value of "another language" that answers nothing but its defaults."""


class W_OtherTrue(W_Root):
    def interop_kind(self):
        return interop.BOOLEAN

    def interop_as_bool(self):
        return True


class W_OtherText(W_Root):
    def interop_kind(self):
        return interop.STRING

    def interop_as_str(self):
        return "t"


class W_OtherFunction(W_Root):
    def interop_kind(self):
        return interop.CALLABLE

    def interop_call(self, args_w):
        if len(args_w) != 1:
            raise ArityError(1, 1, len(args_w))
        return args_w[0]


# -- W_Root ---------------------------------------------------------------------------------
@pytest.mark.parametrize("selector,args", [
    ("as_bool", ()), ("as_int", ()), ("as_float", ()), ("as_str", ()), ("call", ([],)),
    ("read_member", ("x",)), ("write_member", ("x", None)), ("read_index", (0,)),
    ("write_index", (0, None)), ("read_key", (None,)), ("write_key", (None, None)),
    ("size", ()), ("iterate", ()), ("next", ()), ("display", ())])
def test_every_message_is_unsupported_by_default(selector, args):
    with pytest.raises(UnsupportedMessage) as info:
        getattr(W_Other(), "interop_" + selector)(*args)
    assert info.value.selector == selector
    assert info.value.message == "unsupported message: %s" % selector


def test_the_queries_have_answers_by_default():
    w_other = W_Other()
    assert w_other.interop_kind() == interop.OBJECT
    assert w_other.interop_fits_int() is False
    assert w_other.interop_identity() is w_other


def test_invoke_defaults_to_reading_the_member_and_calling_it():
    with pytest.raises(UnsupportedMessage) as info:
        W_Other().interop_invoke("m", [])
    assert info.value.selector == "read_member"


# -- errors -----------------------------------------------------------------------------
@pytest.mark.parametrize("args,message", [
    ((2, 2, 1), "expected 2 arguments, got 1"), ((1, -1, 0), "expected at least 1 arguments, got 0"),
    ((1, 3, 4), "expected 1 to 3 arguments, got 4")])
def test_arity_error_wording(args, message):
    assert ArityError(*args).message == message


def test_errors_are_one_family():
    for error in [UnknownMember("x"), interop.InvalidIndex(3), GuestException("boom", None),
                  interop.UnknownKey(None, "'k'"), interop.InteropTypeError("no")]:
        assert isinstance(error, InteropError)


# -- identity ---------------------------------------------------------------------------
def test_primitives_are_identical_by_value_and_objects_by_identity():
    assert interop.is_identical(W_ToyNumber(3.0), W_TestInt(3))
    assert not interop.is_identical(W_ToyNumber(3.5), W_TestInt(3))
    assert interop.is_identical(W_ToyText("a"), W_ToyText("a"))
    assert interop.is_identical(toy_nil, W_ToyNil())
    assert not interop.is_identical(toy_true, toy_false)
    w_a, w_b = W_Other(), W_Other()
    assert interop.is_identical(w_a, w_a) and not interop.is_identical(w_a, w_b)
    assert not interop.is_identical(W_ToyText("1"), W_TestInt(1))


def test_an_adapter_has_the_identity_of_its_value():
    w_other = W_Other()
    w_adapter = ToyBoundary().import_value(w_other)
    assert interop.is_identical(w_adapter, w_other)
    assert interop.identity_hash(w_adapter) == interop.identity_hash(w_other)
    assert not interop.is_identical(w_adapter, W_Other())


# -- Boundary ---------------------------------------------------------------------------
def test_primitives_are_imported_as_the_languages_own():
    boundary = ToyBoundary()
    w_int = boundary.import_value(W_TestInt(7))
    assert isinstance(w_int, W_ToyNumber) and w_int.value == 7.0     # ints arrive as floats
    assert boundary.import_value(W_TestNull()) is toy_nil
    assert boundary.import_value(W_OtherTrue()) is toy_true
    assert boundary.import_value(W_OtherText()).text == "t"
    w_own = W_ToyNumber(1.0)
    assert boundary.import_value(w_own) is w_own                       # its own, as itself


def test_a_foreign_value_gets_one_adapter_and_goes_home_as_itself():
    boundary = ToyBoundary()
    w_other = W_Other()
    w_adapter = boundary.import_value(w_other)
    assert isinstance(w_adapter, W_ToyForeign) and w_adapter.w_foreign is w_other
    assert boundary.import_value(w_other) is w_adapter
    assert boundary.export_value(w_adapter) is w_other
    assert boundary.export_value(W_ToyNumber(1.0)).interop_as_float() == 1.0


def test_the_cache_keeps_neither_the_value_nor_its_adapter_alive():
    boundary = ToyBoundary()
    w_other = W_Other()
    boundary.import_value(w_other)
    gc.collect()
    w_adapter = boundary.import_value(w_other)        # the old adapter died: a new one
    assert boundary.import_value(w_other) is w_adapter
    del w_adapter, w_other
    gc.collect()
    assert boundary.adapters.length() == 0


def test_call_exports_the_arguments_imports_the_result_and_maps_errors():
    boundary = ToyBoundary()
    w_other = W_Other()
    w_adapter = boundary.import_value(w_other)
    assert boundary.call(W_OtherFunction(), [w_adapter]) is w_adapter
    assert boundary.call(W_OtherFunction(), [W_ToyNumber(2.0)]).value == 2.0
    with pytest.raises(ToyError) as info:
        boundary.call(W_OtherFunction(), [])
    assert info.value.message == "expected 1 argument, got 0"
    with pytest.raises(ToyError):
        boundary.call(w_other, [])


def test_import_list_is_a_fresh_list():
    args_w = [W_TestInt(1)]
    imported = ToyBoundary().import_list(args_w)
    assert imported is not args_w and imported[0].value == 1.0


# -- helpers ----------------------------------------------------------------------------
def test_adapter_base_displays_under_the_languages_name():
    class W_Shown(W_Root):
        def interop_display(self):
            return "shown"
    assert W_ToyForeign(W_Shown()).show() == "shown"


def test_install_copies_the_answers_and_the_kind_onto_each_class():
    class A(W_Root):
        pass

    class B(W_Root):
        pass

    class Answers(object):
        def interop_size(self):
            return 3

        def helper(self):
            return 0
    interop.install([A, B], Answers, interop.ARRAY)
    assert A().interop_size() == B().interop_size() == 3
    assert A().interop_kind() == interop.ARRAY
    assert A.__dict__["interop_size"] is not B.__dict__["interop_size"]   # one graph each
    assert not hasattr(A, "helper")
