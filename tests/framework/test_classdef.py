import pytest

from framework.classdef import ClassDef, FunctionTable
from framework.stamping import stamp


class ArgumentError(Exception):
    pass


class Space(object):
    """Words each argument error as a tuple, so tests can see which path raised it."""

    def coerce_int(self, w_obj):
        if not isinstance(w_obj, int):
            raise TypeError("not an int")
        return w_obj

    def arity_error(self, name, min_args, max_args, got):
        return ValueError("%s %d %d %d" % (name, min_args, max_args, got))

    def too_many_arguments_error(self, spec, given, nkw):
        return ArgumentError("too many", spec.name, given, nkw)

    def missing_argument_error(self, spec, index, given):
        return ArgumentError("missing", spec.name, spec.argnames[index], given)

    def duplicate_argument_error(self, spec, index):
        return ArgumentError("duplicate", spec.name, spec.argnames[index])

    def unexpected_keyword_error(self, spec, keyword):
        return ArgumentError("unexpected", spec.name, keyword)

    def no_keywords_error(self, spec):
        return ArgumentError("no keywords", spec.name, spec.owner)


class W_Thing(object):
    pass


def call(spec, args_w, **keywords):
    """Call a wrapper as a language would: keywords as two lists, None when there are none."""
    names = sorted(keywords) or None
    values = [keywords[name] for name in names] if names else None
    return spec.wrapper(Space(), None, args_w, names, values)


def raises(spec, args_w, **keywords):
    with pytest.raises(ArgumentError) as info:
        call(spec, args_w, **keywords)
    return info.value.args


def test_method_wrapper_coerces_and_checks_arity():
    classdef = ClassDef("thing")

    @classdef.method("scale", times="int")
    def scale(self, space, times, w_extra=None):
        return (self, times, w_extra)

    classdef.exposes(W_Thing)
    spec = classdef.methods["scale"]
    assert (spec.min_args, spec.max_args) == (1, 2)
    assert not spec.takes_keywords
    w_thing = W_Thing()
    assert spec.wrapper(Space(), w_thing, [3], None, None) == (w_thing, 3, None)
    assert spec.wrapper(Space(), w_thing, [3, "x"], None, None) == (w_thing, 3, "x")
    with pytest.raises(ValueError):
        spec.wrapper(Space(), w_thing, [], None, None)
    with pytest.raises(TypeError):
        spec.wrapper(Space(), w_thing, ["3"], None, None)
    assert W_Thing.classdef is classdef
    with pytest.raises(ArgumentError) as info:
        spec.wrapper(Space(), w_thing, [3], ["times"], [4])
    assert info.value.args == ("no keywords", "scale", "thing")
    # An empty keyword list is a positional call.
    assert spec.wrapper(Space(), w_thing, [3], [], []) == (w_thing, 3, None)


def test_rest_arguments():
    table = FunctionTable()

    @table.function("count")
    def count(space, w_first, args_w):
        return 1 + len(args_w)

    spec = table.specs()[0]
    assert spec.max_args == -1
    assert spec.wrapper(Space(), None, [1, 2, 3], None, None) == 3


def test_keywords_and_defaults():
    table = FunctionTable()

    @table.function("split", posonly=0, maxsplit="int")
    def split(space, w_sep=None, maxsplit=-1):
        return (w_sep, maxsplit)

    spec = table.specs()[0]
    assert spec.argnames == ["sep", "maxsplit"]
    assert spec.takes_keywords
    assert call(spec, []) == (None, -1)
    assert call(spec, [","]) == (",", -1)
    assert call(spec, [","], maxsplit=2) == (",", 2)
    assert call(spec, [], maxsplit=2, sep=";") == (";", 2)
    with pytest.raises(TypeError):
        call(spec, [], maxsplit="2")                  # keywords are coerced too
    assert raises(spec, [","], x=1) == ("unexpected", "split", "x")
    assert raises(spec, [","], sep=",") == ("duplicate", "split", "sep")
    assert raises(spec, [",", 1, 2]) == ("too many", "split", 3, 0)
    assert raises(spec, [",", 1], x=2) == ("too many", "split", 2, 1)


def test_positional_only_prefix_and_missing_arguments():
    table = FunctionTable()

    @table.function("pow", posonly=1)
    def pow_(space, w_base, w_exp, w_mod=None):
        return (w_base, w_exp, w_mod)

    spec = table.specs()[0]
    assert call(spec, [2], exp=3) == (2, 3, None)
    assert call(spec, [2], mod=5, exp=3) == (2, 3, 5)
    assert raises(spec, [2]) == ("missing", "pow", "exp", 1)
    assert raises(spec, [2], mod=5) == ("missing", "pow", "exp", 1)
    assert raises(spec, [], exp=3) == ("missing", "pow", "base", 0)
    # A positional-only parameter is not a keyword; missing arguments are reported first.
    assert raises(spec, [2, 3], base=1) == ("unexpected", "pow", "base")
    assert raises(spec, [], base=1, exp=3) == ("missing", "pow", "base", 0)


def test_keyword_only_after_the_rest():
    table = FunctionTable()

    @table.function("show")
    def show(space, args_w, w_sep=None, w_end=None):
        return (args_w, w_sep, w_end)

    spec = table.specs()[0]
    assert spec.argnames == ["sep", "end"] and spec.npos == 0
    assert call(spec, [1, 2]) == ([1, 2], None, None)
    assert call(spec, [1, 2], end="!") == ([1, 2], None, "!")
    assert call(spec, [], sep="-", end="!") == ([], "-", "!")
    assert raises(spec, [1], flush=True) == ("unexpected", "show", "flush")
    assert raises(spec, [1], a=1, b=2, c=3) == ("too many", "show", 1, 3)


def test_declared_keyword_only_and_required_keyword_only():
    table = FunctionTable()

    @table.function("sort", kwonly=["w_key", "w_reverse"])
    def sort(space, w_key=None, w_reverse=None):
        return (w_key, w_reverse)

    @table.function("need")
    def need(space, w_first, args_w, w_key):
        return (w_first, args_w, w_key)

    sort_spec, need_spec = table.specs()
    assert sort_spec.npos == 0 and sort_spec.max_args == 0
    assert call(sort_spec, [], reverse=True) == (None, True)
    assert raises(sort_spec, [1]) == ("too many", "sort", 1, 0)
    assert raises(sort_spec, [1], key=2) == ("too many", "sort", 1, 1)
    assert call(need_spec, [1, 2], key=3) == (1, [2], 3)
    assert raises(need_spec, [1, 2]) == ("missing", "need", "key", 2)
    assert raises(need_spec, [1, 2], other=4) == ("missing", "need", "key", 2)


def test_collected_keywords():
    table = FunctionTable()

    @table.function("make")
    def make(space, w_x=None, kwnames=None, kwvalues_w=None):
        return (w_x, kwnames, kwvalues_w)

    @table.function("sorted")
    def sorted_(space, w_items, kwnames, kwvalues_w):
        return (w_items, kwnames, kwvalues_w)

    make_spec, sorted_spec = table.specs()
    assert make_spec.takes_keywords and make_spec.collects_keywords
    assert call(make_spec, []) == (None, None, None)
    assert call(make_spec, [1], b=2, a=1) == (1, ["a", "b"], [1, 2])
    assert call(make_spec, [], x=1) == (None, ["x"], [1])    # positional-only: not taken
    assert raises(make_spec, [1, 2]) == ("too many", "make", 2, 0)
    assert call(sorted_spec, [[3]], key=None) == ([3], ["key"], [None])
    assert raises(sorted_spec, []) == ("missing", "sorted", "items", 0)


def test_classmethod_receives_the_class():
    classdef = ClassDef("thing3")

    @classdef.method("make", classmethod=True, posonly=0)
    def make(w_cls, space, w_value):
        return (w_cls, w_value)

    class W_Other(object):
        pass

    classdef.exposes(W_Other)
    spec = classdef.methods["make"]
    assert spec.is_classmethod
    assert spec.wrapper(Space(), "cls", [], ["value"], [1]) == ("cls", 1)


def test_named_by_default_is_the_languages_choice():
    Table = stamp(FunctionTable, "toy", named_by_default=True)
    table = Table()

    @table.function("f")
    def f(space, w_a, w_b=None):
        return (w_a, w_b)

    spec = table.specs()[0]
    assert spec.posonly == 0
    assert call(spec, [], b=2, a=1) == (1, 2)


class W_Ref(object):
    """A toy language's reference cell (PHP's &$x): the built-in writes through it."""

    def __init__(self):
        self.w_value = None


class RefSpace(Space):
    """Arguments are variables (dicts with a 'ref' cell); reference_of hands over the cell."""

    def reference_of(self, w_arg):
        ref = w_arg.get("ref")
        if ref is None:
            ref = w_arg["ref"] = W_Ref()
            ref.w_value = w_arg["value"]
        return ref


def test_by_reference_parameters():
    table = FunctionTable()

    @table.function("preg_match", byref=["w_matches"])
    def preg_match(space, w_pattern, w_subject, w_matches=None):
        found = w_pattern["value"] in w_subject["value"]
        if w_matches is not None:
            w_matches.w_value = [w_pattern["value"]] if found else []
        return found

    @table.function("sort", byref=["w_array"])
    def sort(space, w_array):
        w_array.w_value = sorted(w_array.w_value)
        return True

    match_spec, sort_spec = table.specs()
    variable = {"value": [3, 1, 2]}
    assert sort_spec.wrapper(RefSpace(), None, [variable], None, None)
    assert variable["ref"].w_value == [1, 2, 3]
    matches = {"value": None}
    args = [{"value": "b"}, {"value": "abc"}, matches]
    assert match_spec.wrapper(RefSpace(), None, args, None, None)
    assert matches["ref"].w_value == ["b"]
    # Left out, a by-reference parameter takes its default.
    assert match_spec.wrapper(RefSpace(), None, args[:2], None, None)
    with pytest.raises(AssertionError):
        @table.function("bad", byref=["count"], count="int")
        def bad(space, count):
            return count


def test_argument_names_are_checked():
    table = FunctionTable()
    with pytest.raises(AssertionError):
        @table.function("bad")
        def bad(space, count):          # plain name without a declared kind
            return count
    with pytest.raises(AssertionError):
        @table.function("bad2", w_x="int")
        def bad2(space, w_x):           # a wrapped argument cannot be coerced
            return w_x
    with pytest.raises(AssertionError):
        @table.function("bad3")
        def bad3(space, kwnames, w_x):  # the collected keywords come last
            return w_x
    with pytest.raises(AssertionError):
        @table.function("bad4", kwonly=["w_a"])
        def bad4(space, w_a, w_b):      # keyword-only arguments follow the positional ones
            return w_a
    with pytest.raises(AssertionError):
        @table.function("bad5", posonly=3)
        def bad5(space, w_a):
            return w_a


def test_duplicate_names_are_rejected():
    classdef = ClassDef("thing")

    @classdef.method("f")
    def f(self, space):
        return None

    with pytest.raises(ValueError):
        @classdef.method("f")
        def g(self, space):
            return None


def test_getter():
    classdef = ClassDef("thing2")

    @classdef.getter("size")
    def size(self, space):
        return 42

    class W_Other(object):
        pass

    classdef.exposes(W_Other)
    assert classdef.getters["size"].wrapper(Space(), W_Other(), [], None, None) == 42
