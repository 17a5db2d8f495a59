"""module: a namespace whose globals live in a version-tagged dict for the JIT."""
from languages.python.kit import ClassDef, VersionedDict
from languages.python.objects.base import W_Object

classdef = ClassDef("module")


class W_ModuleObject(W_Object):
    _immutable_fields_ = ['name', 'w_dict']

    def __init__(self, name):
        self.name = name
        self.w_dict = VersionedDict()

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
    w_dict = space.newdict()
    for name in self.w_dict.keys():
        w_value = self.w_dict.get(name)
        if w_value is not None:
            space.setitem(w_dict, space.newstr(name), w_value)
    return w_dict


classdef.exposes(W_ModuleObject)
