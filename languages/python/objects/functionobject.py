"""Callables: Python functions, built-in functions, bound methods and closure cells."""
from rpython.tool.sourcetools import func_with_new_name

from languages.python.kit import ClassDef
from languages.python.objects.base import W_Object

function_classdef = ClassDef("function")
builtin_classdef = ClassDef("builtin_function_or_method")
method_classdef = ClassDef("method")
cell_classdef = ClassDef("cell")


def callable_call(self, space, args_w, kwnames=None, kwvalues_w=None):
    """`f.__call__(...)`: what `hasattr(f, "__call__")` finds on every callable."""
    return space.call(self, args_w, kwnames, kwvalues_w)


for _classdef in [function_classdef, builtin_classdef, method_classdef]:
    _classdef.method("__call__")(func_with_new_name(callable_call, "%s_call" % _classdef.name))


class W_FunctionObject(W_Object):
    _immutable_fields_ = ['code', 'w_globals', 'defaults_w?', 'kwdefaults_w?',
                          'closure[*]']

    def __init__(self, code, w_globals, defaults_w, kwdefaults_w, closure):
        self.code = code
        self.w_globals = w_globals
        self.defaults_w = defaults_w
        self.kwdefaults_w = kwdefaults_w      # a W_DictObject {name: w_value} or None
        self.closure = closure                # list of W_CellObject
        self.name = code.name
        self.qualname = code.qualname
        self.w_dict = None
        self.w_doc = code.w_doc
        self.w_module = None                  # __module__ when assigned (else from globals)

    def getclass(self, space):
        return space.w_function


class W_BuiltinFunction(W_Object):
    """A ClassDef-declared built-in.  `w_owner` is the type for methods (their first
    argument is checked against it, or is the class for classmethods), None for module
    functions."""
    _immutable_fields_ = ['spec', 'w_owner']

    def __init__(self, spec, w_owner):
        self.spec = spec
        self.w_owner = w_owner

    def getclass(self, space):
        return space.w_builtin_function

    def builtin_name(self):
        return self.spec.name

    def owner(self):
        return self.w_owner


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
    def __init__(self, w_fget, w_fset, w_fdel, w_doc=None):
        self.w_fget = w_fget
        self.w_fset = w_fset
        self.w_fdel = w_fdel
        self.w_doc = w_doc

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
    return self.w_doc if self.w_doc is not None else space.w_None


@function_classdef.getter("__defaults__")
def function_get_defaults(self, space):
    if not self.defaults_w:
        return space.w_None
    return space.newtuple([w for w in self.defaults_w])


@function_classdef.getter("__module__")
def function_get_module(self, space):
    if self.w_module is not None:
        return self.w_module
    w_name = self.w_globals.w_dict.get("__name__")
    return w_name if w_name is not None else space.w_None


@function_classdef.getter("__kwdefaults__")
def function_get_kwdefaults(self, space):
    if self.kwdefaults_w is None:
        return space.w_None
    return self.kwdefaults_w.copy()


@function_classdef.getter("__annotations__")
def function_get_annotations(self, space):
    """Annotations are not compiled yet: an empty dict, kept, that programs may fill."""
    from languages.python.objects.dictobject import W_DictObject
    if self.w_dict is None:
        self.w_dict = W_DictObject(space)
    w_key = space.newstr("__annotations__")
    w_annotations = self.w_dict.getitem(w_key)
    if w_annotations is None:
        w_annotations = W_DictObject(space)
        self.w_dict.setitem(w_key, w_annotations)
    return w_annotations


@function_classdef.getter("__dict__")
def function_get_dict(self, space):
    from languages.python.objects.dictobject import W_DictObject
    if self.w_dict is None:
        self.w_dict = W_DictObject(space)
    return self.w_dict


def set_function_attr(space, w_func, name, w_value):
    """Assigning __name__, __qualname__, __doc__ or __module__; False for other names."""
    if name == "__name__" or name == "__qualname__":
        text = space.str_w_strict(w_value, "__name__ must be set to a string object")
        if name == "__name__":
            w_func.name = text
        else:
            w_func.qualname = text
        return True
    if name == "__doc__":
        w_func.w_doc = w_value
        return True
    if name == "__module__":
        w_func.w_module = w_value
        return True
    if name == "__annotations__":
        function_get_annotations(w_func, space)
        w_func.w_dict.setitem(space.newstr(name), w_value)
        return True
    if name == "__defaults__":
        # the defaults stay quasi-immutable: a new list, never changed in place
        w_func.defaults_w = [] if space.is_none(w_value) else space.listview(w_value)
        return True
    if name == "__kwdefaults__":
        from languages.python.objects.dictobject import W_DictObject
        if space.is_none(w_value):
            w_func.kwdefaults_w = None
        elif isinstance(w_value, W_DictObject):
            w_func.kwdefaults_w = w_value.copy()
        else:
            raise space.type_error("__kwdefaults__ must be set to a dict object")
        return True
    return False


@function_classdef.getter("__closure__")
def function_get_closure(self, space):
    if not self.closure:
        return space.w_None
    return space.newtuple([w_cell for w_cell in self.closure])


@function_classdef.getter("__globals__")
def function_get_globals(self, space):
    return space.getattr(self.w_globals, "__dict__")


@function_classdef.getter("__code__")
def function_get_code(self, space):
    from languages.python.code import W_CodeObject
    return W_CodeObject(self.code)


@function_classdef.method("__get__")
def function_get(self, space, w_obj, w_type=None):
    """The descriptor protocol by hand: bound to an instance, itself without one."""
    if space.is_none(w_obj):
        return self
    return W_MethodObject(self, w_obj)


function_classdef.exposes(W_FunctionObject)


@builtin_classdef.method("__repr__")
def builtin_repr(self, space):
    w_owner = self.owner()
    if w_owner is not None:
        return space.newstr("<method '%s' of '%s' objects>" % (self.builtin_name(),
                                                              w_owner.name))
    return space.newstr("<built-in function %s>" % self.builtin_name())


@builtin_classdef.getter("__name__")
def builtin_get_name(self, space):
    return space.newstr(self.builtin_name())


@builtin_classdef.getter("__qualname__")
def builtin_get_qualname(self, space):
    w_owner = self.owner()
    if w_owner is not None:
        return space.newstr(w_owner.name + "." + self.builtin_name())
    return space.newstr(self.builtin_name())


@builtin_classdef.getter("__module__")
def builtin_get_module(self, space):
    if self.owner() is not None:
        return space.w_None
    return space.newstr("builtins")


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


@staticmethod_classdef.method("__get__")
def staticmethod_get(self, space, w_obj, w_type=None):
    return self.w_function


staticmethod_classdef.exposes(W_StaticMethod)


@classmethod_classdef.getter("__func__")
def classmethod_func(self, space):
    return self.w_function


@classmethod_classdef.method("__get__")
def classmethod_get(self, space, w_obj, w_type=None):
    if w_type is None or space.is_none(w_type):
        w_type = space.type(w_obj)
    return W_MethodObject(self.w_function, w_type)


classmethod_classdef.exposes(W_ClassMethod)


@property_classdef.method("setter")
def property_setter(self, space, w_fset):
    return W_Property(self.w_fget, w_fset, self.w_fdel, self.w_doc)


@property_classdef.method("getter")
def property_getter(self, space, w_fget):
    return W_Property(w_fget, self.w_fset, self.w_fdel, self.w_doc)


@property_classdef.method("deleter")
def property_deleter(self, space, w_fdel):
    return W_Property(self.w_fget, self.w_fset, w_fdel, self.w_doc)


@property_classdef.method("__get__")
def property_get(self, space, w_obj, w_type=None):
    if space.is_none(w_obj):
        return self
    return space.call_function(self.w_fget, [w_obj])


@property_classdef.method("__set__")
def property_set(self, space, w_obj, w_value):
    if self.w_fset is None or space.is_none(self.w_fset):
        raise space.error(space.w_AttributeError, "can't set attribute")
    space.call_function(self.w_fset, [w_obj, w_value])
    return space.w_None


@property_classdef.getter("fget")
def property_fget(self, space):
    return self.w_fget if self.w_fget is not None else space.w_None


@property_classdef.getter("fset")
def property_fset(self, space):
    return self.w_fset if self.w_fset is not None else space.w_None


@property_classdef.getter("fdel")
def property_fdel(self, space):
    return self.w_fdel if self.w_fdel is not None else space.w_None


@property_classdef.getter("__doc__")
def property_doc(self, space):
    if self.w_doc is not None:
        return self.w_doc
    if self.w_fget is not None and not space.is_none(self.w_fget):
        w_doc = space.findattr_quiet(self.w_fget, "__doc__")
        if w_doc is not None:
            return w_doc
    return space.w_None


property_classdef.exposes(W_Property)
getter_classdef.exposes(W_GetterDescriptor)

