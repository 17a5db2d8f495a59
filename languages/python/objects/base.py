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

    def __repr__(self):
        return "<%s>" % self.__class__.__name__
