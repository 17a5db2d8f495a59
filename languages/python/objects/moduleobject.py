"""module: a namespace whose globals live in a version-tagged dict for the JIT."""
from languages.python.kit import ClassDef, VersionedDict
from languages.python.objects.base import W_Object

classdef = ClassDef("module")


class W_ModuleObject(W_Object):
    _immutable_fields_ = ['name', 'w_dict']

    def __init__(self, name):
        self.name = name
        self.w_dict = VersionedDict()
        self.w_namespace = None     # the dict globals() and __dict__ give, made on request

    def getclass(self, space):
        return space.w_module


@classdef.method("__repr__")
def module_repr(self, space):
    return space.newstr("<module '%s'>" % self.name)


@classdef.getter("__name__")
def module_name(self, space):
    return space.newstr(self.name)


@classdef.getter("__dict__")
def module_dict(self, space):
    return space.module_dict(self)


classdef.exposes(W_ModuleObject)
