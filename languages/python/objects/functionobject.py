"""Callables: Python functions, built-in functions, bound methods and closure cells."""
from framework.classdef import ClassDef
from languages.python.objects.base import W_Object

function_classdef = ClassDef("function")
builtin_classdef = ClassDef("builtin_function_or_method")
method_classdef = ClassDef("method")
cell_classdef = ClassDef("cell")


class W_FunctionObject(W_Object):
    _immutable_fields_ = ['code', 'w_globals', 'defaults_w', 'kwdefaults_w',
                          'closure[*]']

    def __init__(self, code, w_globals, defaults_w, kwdefaults_w, closure):
        self.code = code
        self.w_globals = w_globals
        self.defaults_w = defaults_w
        self.kwdefaults_w = kwdefaults_w      # {name: w_value} or None
        self.closure = closure                # list of W_CellObject
        self.name = code.name
        self.qualname = code.qualname
        self.w_dict = None

    def getclass(self, space):
        return space.w_function


class W_BuiltinFunction(W_Object):
    """A ClassDef-declared built-in.  `w_owner` is the type for methods (their first
    argument is checked against it), None for module functions."""
    _immutable_fields_ = ['spec', 'w_owner', 'argnames[*]']

    def __init__(self, spec, w_owner, argnames):
        self.spec = spec
        self.w_owner = w_owner
        self.argnames = argnames

    def getclass(self, space):
        return space.w_builtin_function


class W_BuiltinKwFunction(W_Object):
    """A built-in taking keywords freely (print, sorted, ...): func(space, args_w, kw)."""
    _immutable_fields_ = ['name', 'func']

    def __init__(self, name, func):
        self.name = name
        self.func = func

    def getclass(self, space):
        return space.w_builtin_function


class W_MethodObject(W_Object):
    """A function bound to an instance."""
    _immutable_fields_ = ['w_function', 'w_self']

    def __init__(self, w_function, w_self):
        self.w_function = w_function
        self.w_self = w_self

    def getclass(self, space):
        return space.w_method


class W_CellObject(W_Object):
    """A variable shared between a function and the closures it creates."""

    def __init__(self, w_value):
        self.w_value = w_value

    def getclass(self, space):
        return space.w_cell


class W_StaticMethod(W_Object):
    _immutable_fields_ = ['w_function']

    def __init__(self, w_function):
        self.w_function = w_function

    def getclass(self, space):
        return space.w_staticmethod


class W_ClassMethod(W_Object):
    _immutable_fields_ = ['w_function']

    def __init__(self, w_function):
        self.w_function = w_function

    def getclass(self, space):
        return space.w_classmethod


class W_Property(W_Object):
    def __init__(self, w_fget, w_fset, w_fdel):
        self.w_fget = w_fget
        self.w_fset = w_fset
        self.w_fdel = w_fdel

    def getclass(self, space):
        return space.w_property


class W_GetterDescriptor(W_Object):
    """A ClassDef getter placed in a built-in type's dict (int.real, type.__name__)."""
    _immutable_fields_ = ['spec', 'w_owner']

    def __init__(self, spec, w_owner):
        self.spec = spec
        self.w_owner = w_owner

    def getclass(self, space):
        return space.w_getset_descriptor


def function_name(space, w_func):
    if isinstance(w_func, W_FunctionObject):
        return w_func.name
    if isinstance(w_func, W_BuiltinFunction):
        return w_func.spec.name
    if isinstance(w_func, W_BuiltinKwFunction):
        return w_func.name
    return space.type(w_func).name


@function_classdef.method("__repr__")
def function_repr(self, space):
    return space.newstr("<function %s at 0x%x>" % (self.qualname, space.id_of(self)))


@function_classdef.getter("__name__")
def function_get_name(self, space):
    return space.newstr(self.name)


@function_classdef.getter("__qualname__")
def function_get_qualname(self, space):
    return space.newstr(self.qualname)


@function_classdef.getter("__doc__")
def function_get_doc(self, space):
    return self.code.w_doc if self.code.w_doc is not None else space.w_None


@function_classdef.getter("__defaults__")
def function_get_defaults(self, space):
    if not self.defaults_w:
        return space.w_None
    return space.newtuple([w for w in self.defaults_w])


@function_classdef.getter("__module__")
def function_get_module(self, space):
    return space.newstr("__main__")


function_classdef.exposes(W_FunctionObject)


@builtin_classdef.method("__repr__")
def builtin_repr(self, space):
    if self.w_owner is not None:
        return space.newstr("<method '%s' of '%s' objects>" % (self.spec.name, self.w_owner.name))
    return space.newstr("<built-in function %s>" % self.spec.name)


@builtin_classdef.getter("__name__")
def builtin_get_name(self, space):
    return space.newstr(self.spec.name)


builtin_classdef.exposes(W_BuiltinFunction)


@method_classdef.method("__repr__")
def method_repr(self, space):
    return space.newstr("<bound method %s of %s>" % (function_name(space, self.w_function),
                                                     space.repr_w(self.w_self)))


@method_classdef.getter("__self__")
def method_get_self(self, space):
    return self.w_self


@method_classdef.getter("__func__")
def method_get_func(self, space):
    return self.w_function


@method_classdef.getter("__name__")
def method_get_name(self, space):
    return space.newstr(function_name(space, self.w_function))


method_classdef.exposes(W_MethodObject)
cell_classdef.exposes(W_CellObject)

staticmethod_classdef = ClassDef("staticmethod")
classmethod_classdef = ClassDef("classmethod")
property_classdef = ClassDef("property")
getter_classdef = ClassDef("getset_descriptor")


@staticmethod_classdef.getter("__func__")
def staticmethod_func(self, space):
    return self.w_function


staticmethod_classdef.exposes(W_StaticMethod)


@classmethod_classdef.getter("__func__")
def classmethod_func(self, space):
    return self.w_function


classmethod_classdef.exposes(W_ClassMethod)


@property_classdef.method("setter")
def property_setter(self, space, w_fset):
    return W_Property(self.w_fget, w_fset, self.w_fdel)


@property_classdef.method("getter")
def property_getter(self, space, w_fget):
    return W_Property(w_fget, self.w_fset, self.w_fdel)


@property_classdef.method("deleter")
def property_deleter(self, space, w_fdel):
    return W_Property(self.w_fget, self.w_fset, w_fdel)


@property_classdef.method("__get__")
def property_get(self, space, w_obj, w_type=None):
    if space.is_none(w_obj):
        return self
    return space.call_function(self.w_fget, [w_obj])


property_classdef.exposes(W_Property)
getter_classdef.exposes(W_GetterDescriptor)
