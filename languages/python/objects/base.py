"""W_Object: the root of every Python value.

It has no fields (see framework.objspace.W_Root).  Behaviour lives in each guest type's
ClassDef methods (`__add__`, `__repr__` ...), which the space finds through the type's
method table; the space adds fast paths for the common built-in types.
"""
from framework.objspace import W_Root


class W_Object(W_Root):

    def getclass(self, space):
        raise NotImplementedError

    def is_w(self, space, w_other):
        """Python's `is`; value types override (small ints compare by value)."""
        return self is w_other

    # Instance attributes: objects of user classes keep them on a map (MapStorage).
    def can_have_attrs(self):
        return False

    def read_attr(self, name):
        return None

    def write_attr(self, name, w_value):
        raise NotImplementedError

    def attr_names(self):
        return []

    def __repr__(self):
        return "<%s>" % self.__class__.__name__

