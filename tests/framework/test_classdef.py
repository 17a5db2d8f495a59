import pytest

from framework.classdef import ClassDef, FunctionTable


class Space(object):
    def coerce_int(self, w_obj):
        if not isinstance(w_obj, int):
            raise TypeError("not an int")
        return w_obj

    def arity_error(self, name, min_args, max_args, got):
        return ValueError("%s %d %d %d" % (name, min_args, max_args, got))


class W_Thing(object):
    pass


def test_method_wrapper_coerces_and_checks_arity():
    classdef = ClassDef("thing")

    @classdef.method("scale", times="int")
    def scale(self, space, times, w_extra=None):
        return (self, times, w_extra)

    classdef.exposes(W_Thing)
    spec = classdef.methods["scale"]
    assert (spec.min_args, spec.max_args) == (1, 2)
    w_thing = W_Thing()
    assert spec.wrapper(Space(), w_thing, [3]) == (w_thing, 3, None)
    assert spec.wrapper(Space(), w_thing, [3, "x"]) == (w_thing, 3, "x")
    with pytest.raises(ValueError):
        spec.wrapper(Space(), w_thing, [])
    with pytest.raises(TypeError):
        spec.wrapper(Space(), w_thing, ["3"])
    assert W_Thing.classdef is classdef


def test_rest_arguments():
    table = FunctionTable()

    @table.function("count")
    def count(space, w_first, args_w):
        return 1 + len(args_w)

    spec = table.specs()[0]
    assert spec.max_args == -1
    assert spec.wrapper(Space(), None, [1, 2, 3]) == 3


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
    assert classdef.getters["size"].wrapper(Space(), W_Other(), []) == 42
