"""Declaring built-in methods once, beside their code (Topaz's ClassDef, PyPy's name checks).

    classdef = ClassDef("int")
    @classdef.method("bit_length")
    def method_bit_length(self, space): ...
    @classdef.method("__add__", w_other=None)      # arguments named w_* stay wrapped
    @classdef.method("center", width="int")        # plain names are coerced
    @classdef.method("split", posonly=0, maxsplit="int")
    def split(self, space, w_sep=None, maxsplit=-1): ...     # split(sep=',', maxsplit=1)
    @functions.function("print")
    def print_(space, args_w, w_sep=None, w_end=None): ...   # after args_w: keyword-only
    @functions.function("dict")
    def dict_(space, w_x=None, kwnames=None, kwvalues_w=None): ...   # **kwargs

The function's own parameter list is the signature: after `self, space` (methods),
`w_cls, space` (classmethods) or `space` (functions) come the positional parameters, maybe
`args_w` (the rest), then keyword-only parameters, then maybe `kwnames, kwvalues_w` (the
keywords no parameter took, None when there are none).  Python defaults are the defaults.
A parameter's guest name is its name without `w_`.  Positional parameters are positional-only
unless the declaration says `posonly=N` (only the first N are) or the language's ClassDef
says `named_by_default`; `kwonly=[...]` makes named positional parameters keyword-only.
By-reference parameters (PHP's `&$x`) are named in `byref=[...]`: the wrapper passes the
built-in `space.reference_of(w_arg)`, the language's reference cell for that argument.

At import time each declaration gets one generated wrapper
`(space, w_self, args_w, kwnames, kwvalues_w) -> w_result`, unrolled over the parameters.
Without keywords (kwnames None) it checks the count and reads `args_w` directly; with
keywords it first calls `spec.bind`, which matches names in a loop of its own (so a JIT
traces positional calls with no keyword machinery at all).  Coercions call
`space.coerce_<kind>`, and every argument error is worded by the language's space:
`arity_error(name, min, max, got)` for built-ins that take no keywords, and, for those that
do, `too_many_arguments_error(spec, given, nkw)`, `missing_argument_error(spec, index,
given)`, `duplicate_argument_error(spec, index)`, `unexpected_keyword_error(spec, keyword)`
and `no_keywords_error(spec)`.

`BuiltinSpec`, `ClassDef` and `FunctionTable` are stamped per language (framework/stamping.py):
a language imports them from its kit, so its wrappers never share a call family with another
language's.
"""
import inspect

from rpython.rlib.objectmodel import not_rpython
from rpython.rlib.unroll import unrolling_iterable

REST = "args_w"
EXTRA_NAMES, EXTRA_VALUES = "kwnames", "kwvalues_w"
OPTIONS = ("posonly", "kwonly", "byref", "classmethod")


class BuiltinSpec(object):
    """A built-in ready to expose: guest name, signature, and the generated wrapper.

    `argnames` are the guest names of the parameters, the `npos` positional ones first
    (the first `posonly` of them positional-only), then the keyword-only ones."""
    _immutable_fields_ = ['name', 'owner', 'doc', 'wrapper', 'argnames[*]', 'required[*]',
                          'npos', 'posonly', 'min_args', 'max_args', 'rest',
                          'collects_keywords', 'takes_keywords', 'is_classmethod']

    @not_rpython
    def __init__(self, name, owner, doc):
        self.name = name
        self.owner = owner            # the ClassDef's name for methods, else None
        self.doc = doc
        self.wrapper = None
        self.argnames = []
        self.required = []
        self.npos = 0
        self.posonly = 0
        self.min_args = 0
        self.max_args = 0             # -1: variadic
        self.rest = False
        self.collects_keywords = False
        self.takes_keywords = False
        self.is_classmethod = False

    def nparams(self):
        return len(self.argnames)

    def arity_failure(self, space, given):
        """The error for a positional call with the wrong number of arguments."""
        if not self.takes_keywords:
            return space.arity_error(self.name, self.min_args, self.max_args, given)
        if given > self.min_args:
            return space.too_many_arguments_error(self, given, 0)
        return space.missing_argument_error(self, given, given)

    def index_of(self, keyword):
        """The parameter a keyword names (positional-only ones excluded), else -1."""
        for i in range(self.posonly, len(self.argnames)):
            if self.argnames[i] == keyword:
                return i
        return -1

    def bind(self, space, args_w, kwnames, kwvalues_w):
        """Match a call with keywords to the parameters, in CPython's order of complaints.

        Returns (one slot per parameter, None where not given; the rest; the keywords no
        parameter took, names and values, None when there are none)."""
        given = len(args_w)
        nkw = len(kwnames)
        nparams = len(self.argnames)
        if not self.takes_keywords:
            raise space.no_keywords_error(self)
        if not self.rest:
            if given > self.npos or (not self.collects_keywords and given + nkw > nparams):
                raise space.too_many_arguments_error(self, given, nkw)
        elif not self.collects_keywords and nkw > nparams - self.npos:
            raise space.too_many_arguments_error(self, given, nkw)
        slots_w = [None] * nparams
        npositional = min(given, self.npos)
        for i in range(npositional):
            slots_w[i] = args_w[i]
        rest_w = args_w[npositional:]
        extra_names = None
        extra_values_w = None
        duplicate = -1
        unexpected = None
        for k in range(nkw):
            index = self.index_of(kwnames[k])
            if index >= 0 and slots_w[index] is None:
                slots_w[index] = kwvalues_w[k]
            elif index >= 0:
                if duplicate < 0:
                    duplicate = index
            elif self.collects_keywords:
                if extra_names is None:
                    extra_names = []
                    extra_values_w = []
                extra_names.append(kwnames[k])
                extra_values_w.append(kwvalues_w[k])
            elif unexpected is None:
                unexpected = kwnames[k]
        for i in range(nparams):
            if slots_w[i] is None and self.required[i]:
                raise space.missing_argument_error(self, i, given)
        if duplicate >= 0:
            raise space.duplicate_argument_error(self, duplicate)
        if unexpected is not None:
            raise space.unexpected_keyword_error(self, unexpected)
        return slots_w, rest_w, extra_names, extra_values_w


class ClassDef(object):
    """The built-in side of one guest class: its name, superclass def and methods.

    Methods are declared inside the class body; `@classdef.exposes` on the class itself then
    builds the wrappers, which need the class to check `self`'s type.
    """

    spec_class = BuiltinSpec         # the language's stamped copy (framework/kit.py)
    named_by_default = False         # may positional parameters be passed by name?

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
        """Declare a method; `classmethod=True` makes it receive the class (`w_cls`)."""
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
            self.methods[name] = make_builtin(self.spec_class, name, func, kinds,
                                              self_class=cls, owner=self.name,
                                              named_by_default=self.named_by_default)
            self.order.append(name)
        for name, func in self.declared_getters:
            self.getters[name] = make_builtin(self.spec_class, name, func, {}, self_class=cls,
                                              owner=self.name)
        return cls

    def specs(self):
        return [self.methods[name] for name in self.order]


class FunctionTable(object):
    """Module-level built-in functions (print, len, clock...) declared like methods."""
    spec_class = BuiltinSpec
    named_by_default = False

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
                                                self_class=None, owner=None,
                                                named_by_default=self.named_by_default)
            self.order.append(name)
            return func
        return register

    def specs(self):
        return [self.functions[name] for name in self.order]


@not_rpython
def read_signature(name, func, kinds, lead):
    """Split `func`'s parameters by the naming convention; check every name."""
    argnames, varargs, varkw, defaults = inspect.getargspec(func)
    assert varargs is None and varkw is None, "%s: use args_w for the rest" % name
    assert argnames[:len(lead)] == lead, "%s must start with %s" % (name, lead)
    params = argnames[len(lead):]
    defaults = defaults or ()
    default_of = dict(zip(argnames[len(argnames) - len(defaults):], defaults))
    collects = params[-2:] == [EXTRA_NAMES, EXTRA_VALUES]
    if collects:
        params = params[:-2]
        for extra in (EXTRA_NAMES, EXTRA_VALUES):
            assert default_of.get(extra, None) is None, "%s: %s defaults to None" % (name,
                                                                                    extra)
    assert EXTRA_NAMES not in params and EXTRA_VALUES not in params, \
        "%s: kwnames, kwvalues_w come last" % name
    rest = REST in params
    positional = params[:params.index(REST)] if rest else params
    after_rest = params[params.index(REST) + 1:] if rest else []
    assert REST not in default_of, "%s: args_w takes no default" % name
    for param in params:
        if param == REST:
            continue
        if param.startswith("w_"):
            assert kinds.get(param, None) is None, "%s: %s is wrapped, no coercion" % (name,
                                                                                       param)
        else:
            assert kinds.get(param) is not None, \
                "%s: argument %r needs a kind or a w_ name" % (name, param)
            assert not param.endswith("_w"), "%s: only args_w may end in _w" % name
    for key in kinds:
        assert key in params, "%s: kind given for unknown argument %r" % (name, key)
    return positional, after_rest, rest, collects, default_of


@not_rpython
def make_builtin(spec_class, name, func, kinds, self_class, owner, named_by_default=False):
    """Check `func`'s argument names against `kinds` and build its uniform wrapper."""
    kinds = dict(kinds)
    options = dict((key, kinds.pop(key)) for key in OPTIONS if key in kinds)
    is_classmethod = options.get("classmethod", False)
    if is_classmethod:
        lead = ["w_cls", "space"]
    elif self_class is not None:
        lead = ["self", "space"]
    else:
        lead = ["space"]
    positional, after_rest, rest, collects, default_of = read_signature(name, func, kinds,
                                                                          lead)
    kwonly_names = list(options.get("kwonly", ()))
    byref = list(options.get("byref", ()))
    for param in kwonly_names + byref:
        assert param in positional + after_rest, "%s: no argument %r" % (name, param)
    moved = [param for param in positional if param in kwonly_names]
    assert positional[len(positional) - len(moved):] == moved, \
        "%s: keyword-only arguments come after the positional ones" % name
    assert not (rest and moved), "%s: after args_w everything is keyword-only" % name
    positional = positional[:len(positional) - len(moved)]
    kwonly = moved + after_rest
    npos = len(positional)
    posonly = options.get("posonly", 0 if named_by_default else npos)
    assert 0 <= posonly <= npos, "%s: posonly=%d out of range" % (name, posonly)
    for param in byref:
        assert param.startswith("w_"), "%s: by-reference %s must be a w_ name" % (name, param)

    spec = spec_class(name, owner, func.__doc__ or "")
    params = positional + kwonly
    spec.argnames = [guest_name(param) for param in params]
    spec.required = [param not in default_of for param in params]
    spec.npos = npos
    spec.posonly = posonly
    spec.min_args = len([param for param in positional if param not in default_of])
    assert positional[:spec.min_args] == [p for p in positional if p not in default_of]
    spec.max_args = -1 if rest else npos
    spec.rest = rest
    spec.collects_keywords = collects
    spec.takes_keywords = collects or posonly < len(params)
    spec.is_classmethod = is_classmethod

    # The plan, in the order `func` takes its arguments: (what, index, coercion, required,
    # default, by-reference); `what` is "pos", "kwonly", "rest" or "extra".
    plan = []
    for i, param in enumerate(params):
        what = "pos" if i < npos else "kwonly"
        coerce = None if param.startswith("w_") else "coerce_" + kinds[param]
        plan.append((what, i, coerce, param not in default_of, default_of.get(param, None),
                     param in byref))
        if rest and i == npos - 1:
            plan.append(("rest", 0, None, False, None, False))
    if rest and npos == 0:
        plan.insert(0, ("rest", 0, None, False, None, False))
    if collects:
        plan.append(("extra", 0, None, False, None, False))
    plan = unrolling_iterable(plan)
    min_args = spec.min_args
    max_args = spec.max_args
    has_self = self_class is not None or is_classmethod
    check_self = self_class is not None and not is_classmethod

    def wrapper(space, w_self, args_w, kwnames, kwvalues_w):
        if kwnames is not None and len(kwnames) > 0:
            args_w, rest_w, extra_names, extra_values_w = spec.bind(space, args_w, kwnames,
                                                                    kwvalues_w)
            bound = True
        else:
            if len(args_w) < min_args or (max_args >= 0 and len(args_w) > max_args):
                raise spec.arity_failure(space, len(args_w))
            rest_w = args_w[npos:] if rest else None
            extra_names = None
            extra_values_w = None
            bound = False
        if check_self:
            assert isinstance(w_self, self_class)
        if has_self:
            args = (w_self, space)
        else:
            args = (space,)
        for what, i, coerce, required, default, by_reference in plan:
            if what == "rest":
                args = args + (rest_w,)
            elif what == "extra":
                args = args + (extra_names, extra_values_w)
            else:
                if what == "pos" and required:
                    w_arg = args_w[i]               # present: counted or bound above
                elif what == "pos":
                    w_arg = args_w[i] if i < len(args_w) else None
                else:
                    w_arg = args_w[i] if bound else None
                if (what != "pos" or not required) and w_arg is None:
                    if required:
                        raise space.missing_argument_error(spec, i, len(args_w))
                    args = args + (default,)
                elif by_reference:
                    args = args + (space.reference_of(w_arg),)
                elif coerce is None:
                    args = args + (w_arg,)
                else:
                    args = args + (getattr(space, coerce)(w_arg),)
        return func(*args)

    wrapper.__name__ = "builtin_" + name.strip("_") + "_" + func.__name__
    spec.wrapper = wrapper
    return spec


def guest_name(param):
    return param[2:] if param.startswith("w_") else param
