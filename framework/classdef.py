"""Declaring built-in methods once, beside their code (Topaz's ClassDef, PyPy's name checks).

    classdef = ClassDef("int")
    @classdef.method("bit_length")
    def method_bit_length(self, space): ...
    @classdef.method("__add__", w_other=None)      # arguments named w_* stay wrapped
    @classdef.method("center", width="int")        # plain names are coerced

At import time each declared function gets a wrapper `(space, w_self, args_w) -> w_result`
that checks the argument count and coerces arguments by calling `space.coerce_<kind>`, so each
language words its own type errors.  Argument names are checked when the wrapper is built:
`w_x` is wrapped, a plain name must declare a coercion kind, `args_w` takes the rest.
A duplicate guest name in one ClassDef is an error.

`BuiltinSpec`, `ClassDef` and `FunctionTable` are stamped per language (framework/stamping.py):
a language imports them from its kit, so its wrappers never share a call family with another
language's.
"""
import inspect

from rpython.rlib.objectmodel import not_rpython
from rpython.rlib.unroll import unrolling_iterable


class BuiltinSpec(object):
    """A built-in ready to expose: guest name, arity bounds, and the generated wrapper."""

    def __init__(self, name, wrapper, min_args, max_args, doc):
        self.name = name
        self.wrapper = wrapper
        self.min_args = min_args
        self.max_args = max_args      # -1: variadic
        self.doc = doc


class ClassDef(object):
    """The built-in side of one guest class: its name, superclass def and methods.

    Methods are declared inside the class body; `@classdef.exposes` on the class itself then
    builds the wrappers, which need the class to check `self`'s type.
    """

    spec_class = BuiltinSpec         # the language's stamped copy (framework/kit.py)

    @not_rpython
    def __init__(self, name, superdef=None):
        self.name = name
        self.superdef = superdef
        self.declared = []
        self.declared_getters = []
        self.getters = {}
        self.methods = {}
        self.order = []
        self.cls = None

    @not_rpython
    def method(self, name, **kinds):
        def register(func):
            if name in [entry[0] for entry in self.declared]:
                raise ValueError("%s.%s declared twice" % (self.name, name))
            self.declared.append((name, func, kinds))
            return func
        return register

    @not_rpython
    def getter(self, name):
        """A read-only attribute computed by `func(self, space)` (int.real, str.__name__)."""
        def register(func):
            self.declared_getters.append((name, func))
            return func
        return register

    @not_rpython
    def exposes(self, cls):
        """Class decorator: bind this ClassDef to `cls` and build the method wrappers."""
        self.cls = cls
        cls.classdef = self
        for name, func, kinds in self.declared:
            self.methods[name] = make_builtin(self.spec_class, name, func, kinds, self_class=cls)
            self.order.append(name)
        for name, func in self.declared_getters:
            self.getters[name] = make_builtin(self.spec_class, name, func, {}, self_class=cls)
        return cls

    def specs(self):
        return [self.methods[name] for name in self.order]


class FunctionTable(object):
    """Module-level built-in functions (print, len, clock...) declared like methods."""
    spec_class = BuiltinSpec

    @not_rpython
    def __init__(self):
        self.functions = {}
        self.order = []

    @not_rpython
    def function(self, name, **kinds):
        def register(func):
            if name in self.functions:
                raise ValueError("built-in %s declared twice" % name)
            self.functions[name] = make_builtin(self.spec_class, name, func, kinds,
                                                self_class=None)
            self.order.append(name)
            return func
        return register

    def specs(self):
        return [self.functions[name] for name in self.order]


@not_rpython
def make_builtin(spec_class, name, func, kinds, self_class):
    """Check `func`'s argument names against `kinds` and build its uniform wrapper."""
    has_self = self_class is not None
    argnames, varargs, varkw, defaults = inspect.getargspec(func)
    assert varargs is None and varkw is None, "%s: use args_w for the rest" % name
    lead = ["self", "space"] if has_self else ["space"]
    assert argnames[:len(lead)] == lead, "%s must start with %s" % (name, lead)
    params = argnames[len(lead):]
    rest = bool(params) and params[-1] == "args_w"
    if rest:
        params = params[:-1]
    defaults = defaults or ()
    if rest:
        assert not defaults or len(defaults) == 0, "%s: no defaults beside args_w" % name
    first_default = len(params) - len(defaults)
    plan = []
    for i, param in enumerate(params):
        if param.startswith("w_"):
            assert kinds.get(param, None) is None, "%s: %s is wrapped, no coercion" % (name, param)
            coerce = None
        else:
            kind = kinds.get(param)
            assert kind is not None, "%s: argument %r needs a kind or a w_ name" % (name, param)
            assert not param.endswith("_w"), "%s: only args_w may end in _w" % name
            coerce = "coerce_" + kind
        default = defaults[i - first_default] if i >= first_default else None
        plan.append((i, coerce, i >= first_default, default))
    for key in kinds:
        assert key in params, "%s: kind given for unknown argument %r" % (name, key)
    plan = unrolling_iterable(plan)
    count = len(params)
    min_args = first_default
    max_args = -1 if rest else count

    def wrapper(space, w_self, args_w):
        if len(args_w) < min_args or (max_args >= 0 and len(args_w) > max_args):
            raise space.arity_error(name, min_args, max_args, len(args_w))
        if has_self:
            assert isinstance(w_self, self_class)
            args = (w_self, space)
        else:
            args = (space,)
        for i, coerce, optional, default in plan:
            if optional and i >= len(args_w):
                args = args + (default,)
            elif coerce is None:
                args = args + (args_w[i],)
            else:
                args = args + (getattr(space, coerce)(args_w[i]),)
        if rest:
            args = args + (args_w[count:],)
        return func(*args)

    wrapper.__name__ = "builtin_" + name.strip("_") + "_" + func.__name__
    return spec_class(name, wrapper, min_args, max_args, func.__doc__ or "")
