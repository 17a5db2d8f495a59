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


# Built-in methods that take keywords (list.sort, str.split ...): type name -> {name: func},
# each func(space, args_w, kwnames, kwvalues_w) with the receiver as args_w[0].
kw_methods = {}


def kw_method(type_name, name, classmethod=False):
    def register(func):
        kw_methods.setdefault(type_name, {})[name] = (func, classmethod)
        return func
    return register
