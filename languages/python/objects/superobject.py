"""super(): attribute lookup that starts after a class in the instance's MRO."""
from languages.python.kit import ClassDef
from languages.python.objects.base import W_Object
from languages.python.objects.typeobject import W_TypeObject

classdef = ClassDef("super")


class W_SuperObject(W_Object):
    _immutable_fields_ = ['w_start', 'w_self']

    def __init__(self, w_start, w_self):
        self.w_start = w_start
        self.w_self = w_self

    def getclass(self, space):
        return space.w_super

    def find(self, space, name):
        w_self = self.w_self
        w_type = w_self if isinstance(w_self, W_TypeObject) and \
            w_self.is_subtype(self.w_start) else space.type(w_self)
        return w_type.lookup_method_after(self.w_start, name), w_type


@classdef.method("__repr__")
def super_repr(self, space):
    return space.newstr("<super: <class '%s'>, <%s object>>"
                        % (self.w_start.name, space.type(self.w_self).name))


classdef.exposes(W_SuperObject)
