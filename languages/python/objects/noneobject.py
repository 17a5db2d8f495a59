"""None, NotImplemented and Ellipsis: singletons."""
from languages.python.kit import ClassDef
from languages.python.objects.base import W_Object

classdef = ClassDef("NoneType")
singleton_classdef = ClassDef("singleton")


class W_NoneObject(W_Object):
    def getclass(self, space):
        return space.w_NoneType


class W_SingletonObject(W_Object):
    """NotImplemented and Ellipsis: a named, unique value of its own type."""
    _immutable_fields_ = ['name', 'type_name']

    def __init__(self, name, type_name):
        self.name = name
        self.type_name = type_name

    def getclass(self, space):
        if self.type_name == "ellipsis":
            return space.w_ellipsis
        return space.w_NotImplementedType


@classdef.method("__repr__")
def none_repr(self, space):
    return space.newstr("None")


@classdef.method("__bool__")
def none_bool(self, space):
    return space.w_False


@classdef.method("__hash__")
def none_hash(self, space):
    return space.newint(0x5f3759df)


classdef.exposes(W_NoneObject)


@singleton_classdef.method("__repr__")
def singleton_repr(self, space):
    return space.newstr(self.name)


singleton_classdef.exposes(W_SingletonObject)
