"""The interop contract, written once and run against every language (tests/interop/fixtures.py).

Like Truffle's InteropLibrary asserts, these checks pin down what each message must do, for
every kind the language has.  A kind the language lacks is skipped, and the skip says so.
"""
import pytest

from framework import interop
from framework.interop import (UnsupportedMessage, ArityError, InteropTypeError, UnknownMember,
                               InvalidIndex, UnknownKey, GuestException)
from tests.interop.fixtures import FIXTURES, fixture
from tests.interop.sender import W_TestInt, W_TestStr, W_TestNull, W_TestOpaque

LANGUAGES = sorted(FIXTURES)
VALUE_KINDS = [("nothing", interop.NULL), ("yes", interop.BOOLEAN), ("no", interop.BOOLEAN),
               ("count", interop.NUMBER), ("ratio", interop.NUMBER), ("text", interop.STRING),
               ("items", interop.ARRAY), ("table", interop.HASH), ("add", interop.CALLABLE),
               ("point", interop.OBJECT), ("error", interop.EXCEPTION)]
NON_PRIMITIVES = ["items", "table", "add", "point", "error"]


def has(lang, kind):
    """The fixture of `lang`, or an explicit skip when the language lacks `kind`."""
    fx = fixture(lang)
    if kind not in fx.kinds:
        pytest.skip("%s has no %s values" % (lang, interop.KIND_NAMES[kind]))
    return fx


def number(w_value):
    assert w_value.interop_kind() == interop.NUMBER
    return w_value.interop_as_float()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name,kind", VALUE_KINDS)
def test_kind(lang, name, kind):
    assert has(lang, kind).value(name).interop_kind() == kind


@pytest.mark.parametrize("lang", LANGUAGES)
def test_primitives_unbox(lang):
    fx = fixture(lang)
    assert fx.value("yes").interop_as_bool() is True
    assert fx.value("no").interop_as_bool() is False
    count = fx.value("count")
    assert count.interop_as_float() == 42.0
    assert count.interop_fits_int() == fx.ints_are_ints
    if fx.ints_are_ints:
        assert count.interop_as_int() == 42
    assert fx.value("ratio").interop_fits_int() is False
    assert fx.value("ratio").interop_as_float() == 2.5
    assert fx.value("text").interop_as_str() == "h\xc3\xa9llo"       # UTF-8


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name,selector", [("nothing", "as_bool"), ("text", "as_float"),
                                           ("count", "as_str"), ("add", "as_bool"),
                                           ("point", "as_int"), ("ratio", "as_int")])
def test_unboxing_the_wrong_kind_fails(lang, name, selector):
    w_value = fixture(lang).value(name)
    with pytest.raises((UnsupportedMessage, InteropTypeError)):
        getattr(w_value, "interop_" + selector)()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_call(lang):
    w_add = has(lang, interop.CALLABLE).value("add")
    assert number(w_add.interop_call([W_TestInt(2), W_TestInt(3)])) == 5.0
    w_joined = w_add.interop_call([W_TestStr("a"), W_TestStr("b")])
    assert w_joined.interop_as_str() == "ab"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("argc", [0, 1, 3])
def test_call_with_wrong_arity(lang, argc):
    w_add = has(lang, interop.CALLABLE).value("add")
    with pytest.raises(ArityError) as info:
        w_add.interop_call([W_TestInt(1)] * argc)
    assert (info.value.min_args, info.value.max_args, info.value.got) == (2, 2, argc)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", ["count", "text", "nothing"])
def test_calling_a_non_callable_is_unsupported(lang, name):
    with pytest.raises(UnsupportedMessage):
        fixture(lang).value(name).interop_call([])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_error_inside_a_call_is_a_guest_exception(lang):
    fx = has(lang, interop.CALLABLE)
    with pytest.raises(GuestException) as info:
        fx.value("fail").interop_call([])
    assert fx.fail_message in info.value.message


@pytest.mark.parametrize("lang", LANGUAGES)
def test_members(lang):
    w_point = has(lang, interop.OBJECT).value("point")
    assert number(w_point.interop_read_member("x")) == 1.0
    w_point.interop_write_member("x", W_TestInt(7))
    try:
        assert number(w_point.interop_read_member("x")) == 7.0
        assert number(w_point.interop_invoke("get", [])) == 7.0
        assert number(w_point.interop_read_member("get").interop_call([])) == 7.0
    finally:
        w_point.interop_write_member("x", W_TestInt(1))
    with pytest.raises(UnknownMember):
        w_point.interop_read_member("nowhere")
    with pytest.raises(UnknownMember):
        w_point.interop_invoke("nowhere", [])


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", ["count", "text", "nothing"])
def test_primitives_have_no_members(lang, name):
    with pytest.raises(UnsupportedMessage):
        fixture(lang).value(name).interop_write_member("x", W_TestInt(1))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_array_elements(lang):
    w_items = has(lang, interop.ARRAY).value("items")
    assert w_items.interop_size() == 3
    assert w_items.interop_read_index(1).interop_as_str() == "two"
    for index in [-1, 3]:
        with pytest.raises(InvalidIndex):
            w_items.interop_read_index(index)
    w_items.interop_write_index(0, W_TestInt(9))
    try:
        assert number(w_items.interop_read_index(0)) == 9.0
    finally:
        w_items.interop_write_index(0, W_TestInt(1))
    with pytest.raises(InvalidIndex):
        w_items.interop_write_index(3, W_TestInt(1))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_hash_elements(lang):
    w_table = has(lang, interop.HASH).value("table")
    assert w_table.interop_size() == 2
    assert number(w_table.interop_read_key(W_TestStr("a"))) == 1.0
    with pytest.raises(UnknownKey) as info:
        w_table.interop_read_key(W_TestStr("zz"))
    assert info.value.w_key.interop_as_str() == "zz"
    w_table.interop_write_key(W_TestStr("c"), W_TestInt(3))
    assert w_table.interop_size() == 3
    assert number(w_table.interop_read_key(W_TestStr("c"))) == 3.0


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name,selector", [("count", "interop_size"), ("add", "interop_size"),
                                           ("point", "interop_size")])
def test_size_of_a_non_collection_is_unsupported(lang, name, selector):
    with pytest.raises(UnsupportedMessage):
        getattr(fixture(lang).value(name), selector)()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_iterate(lang):
    w_iter = has(lang, interop.ARRAY).value("items").interop_iterate()
    seen = []
    while True:
        w_item = w_iter.interop_next()
        if w_item is None:
            break
        seen.append(w_item.interop_display())
    assert seen == fixture(lang).item_displays


@pytest.mark.parametrize("lang", LANGUAGES)
def test_iterating_a_number_is_unsupported(lang):
    with pytest.raises(UnsupportedMessage):
        fixture(lang).value("count").interop_iterate()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", ["count", "ratio", "text", "yes", "nothing", "add", "point"])
def test_display(lang, name):
    fx = fixture(lang)
    assert fx.value(name).interop_display().startswith(fx.displays[name])


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", NON_PRIMITIVES)
def test_identity(lang, name):
    w_value = has(lang, dict(VALUE_KINDS)[name]).value(name)
    assert interop.is_identical(w_value, w_value)
    assert interop.identity_hash(w_value) == interop.identity_hash(w_value)
    assert not interop.is_identical(w_value, fixture(lang).value("point" if name != "point"
                                                                 else "add"))
    # coming home, a value is itself
    assert fixture(lang).interop.boundary.import_value(w_value) is w_value


@pytest.mark.parametrize("lang", LANGUAGES)
def test_primitives_are_identical_by_value(lang):
    fx = fixture(lang)
    assert interop.is_identical(fx.value("count"), W_TestInt(42))
    assert interop.is_identical(fx.value("text"), W_TestStr("h\xc3\xa9llo"))
    assert interop.is_identical(fx.value("nothing"), W_TestNull())
    assert not interop.is_identical(fx.value("count"), W_TestStr("42"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_foreign_value_round_trips_through_one_adapter(lang):
    boundary = fixture(lang).interop.boundary
    w_other = W_TestOpaque()
    w_adapter = boundary.import_value(w_other)
    assert w_adapter is not w_other
    assert boundary.import_value(w_other) is w_adapter          # cached
    assert boundary.export_value(w_adapter) is w_other          # unwrap(wrap(x)) is x
    assert boundary.import_value(boundary.export_value(w_adapter)) is w_adapter


@pytest.mark.parametrize("lang", LANGUAGES)
def test_foreign_primitives_arrive_unboxed(lang):
    fx = fixture(lang)
    boundary = fx.interop.boundary
    for w_sent in [W_TestInt(5), W_TestStr("x"), W_TestNull()]:
        w_own = boundary.import_value(w_sent)
        assert isinstance(w_own, boundary.own_class)
        assert not isinstance(w_own, boundary.adapter_class)
        assert interop.is_identical(w_own, w_sent)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("case", ["unsupported", "arity", "guest"])
def test_protocol_errors_become_the_language_errors(lang, case):
    fx = fixture(lang)
    assert fx.error_raised_by(case) == fx.errors[case]
