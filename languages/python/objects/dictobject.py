"""dict: an insertion-ordered hash table keyed by Python equality and hash.

RPython's r_ordereddict takes the key functions; they reach the space through the key's owner
(`space_holder`), since one Python space exists per process.
"""
from rpython.rlib.objectmodel import r_ordereddict

from framework.classdef import ClassDef
from languages.python.objects.base import W_Object

classdef = ClassDef("dict")


class SpaceHolder(object):
    space = None


space_holder = SpaceHolder()


def key_eq(w_a, w_b):
    return space_holder.space.eq_w(w_a, w_b)


def key_hash(w_key):
    return space_holder.space.hash_w(w_key)


def new_storage():
    return r_ordereddict(key_eq, key_hash)


class W_DictObject(W_Object):
    def __init__(self):
        self.storage = new_storage()

    def getclass(self, space):
        return space.w_dict

    def getitem(self, w_key):
        return self.storage.get(w_key, None)

    def setitem(self, w_key, w_value):
        self.storage[w_key] = w_value


class W_DictViewObject(W_Object):
    """dict.keys()/values()/items(): a live view; kind is 'keys', 'values' or 'items'."""
    _immutable_fields_ = ['w_dict', 'kind']

    def __init__(self, w_dict, kind):
        self.w_dict = w_dict
        self.kind = kind

    def getclass(self, space):
        return space.w_dict_view

    def items_w(self, space):
        storage = self.w_dict.storage
        if self.kind == "keys":
            return storage.keys()
        elif self.kind == "values":
            return storage.values()
        return [space.newtuple([w_k, w_v]) for w_k, w_v in storage.items()]


view_classdef = ClassDef("dict_view")


@view_classdef.method("__iter__")
def view_iter(self, space):
    return space.newseqiter(space.newlist(self.items_w(space)))


@view_classdef.method("__len__")
def view_len(self, space):
    return space.newint(len(self.w_dict.storage))


@view_classdef.method("__contains__")
def view_contains(self, space, w_item):
    if self.kind == "keys":
        return space.newbool(w_item in self.w_dict.storage)
    return space.newbool(space.sequence_contains(self.items_w(space), w_item))


@view_classdef.method("__repr__")
def view_repr(self, space):
    return space.newstr("dict_%s([%s])" % (self.kind, space.join_reprs(self.items_w(space))))


view_classdef.exposes(W_DictViewObject)


def lookup_or_raise(space, w_dict, w_key):
    w_value = w_dict.getitem(w_key)
    if w_value is None:
        raise space.key_error(w_key)
    return w_value


@classdef.method("__len__")
def dict_len(self, space):
    return space.newint(len(self.storage))


@classdef.method("__getitem__")
def dict_getitem(self, space, w_key):
    return lookup_or_raise(space, self, w_key)


@classdef.method("__setitem__")
def dict_setitem(self, space, w_key, w_value):
    self.setitem(w_key, w_value)
    return space.w_None


@classdef.method("__delitem__")
def dict_delitem(self, space, w_key):
    lookup_or_raise(space, self, w_key)
    del self.storage[w_key]
    return space.w_None


@classdef.method("__contains__")
def dict_contains(self, space, w_key):
    return space.newbool(w_key in self.storage)


@classdef.method("__iter__")
def dict_iter(self, space):
    return space.newseqiter(space.newlist(self.storage.keys()))


@classdef.method("__repr__")
def dict_repr(self, space):
    if space.enter_repr(self):
        return space.newstr("{...}")
    try:
        parts = []
        for w_key, w_value in self.storage.items():
            parts.append(space.repr_w(w_key) + ": " + space.repr_w(w_value))
        return space.newstr("{" + ", ".join(parts) + "}")
    finally:
        space.leave_repr(self)


@classdef.method("__eq__")
def dict_eq(self, space, w_other):
    if not isinstance(w_other, W_DictObject):
        return space.w_NotImplemented
    if len(self.storage) != len(w_other.storage):
        return space.w_False
    for w_key, w_value in self.storage.items():
        w_other_value = w_other.getitem(w_key)
        if w_other_value is None or not space.eq_w(w_value, w_other_value):
            return space.w_False
    return space.w_True


@classdef.method("__hash__")
def dict_hash(self, space):
    raise space.error(space.w_TypeError, "unhashable type: 'dict'")


@classdef.method("get")
def dict_get(self, space, w_key, w_default=None):
    w_value = self.getitem(w_key)
    if w_value is None:
        return w_default if w_default is not None else space.w_None
    return w_value


@classdef.method("setdefault")
def dict_setdefault(self, space, w_key, w_default=None):
    w_value = self.getitem(w_key)
    if w_value is None:
        w_value = w_default if w_default is not None else space.w_None
        self.setitem(w_key, w_value)
    return w_value


@classdef.method("pop")
def dict_pop(self, space, w_key, w_default=None):
    w_value = self.getitem(w_key)
    if w_value is None:
        if w_default is None:
            raise space.key_error(w_key)
        return w_default
    del self.storage[w_key]
    return w_value


@classdef.method("popitem")
def dict_popitem(self, space):
    if not self.storage:
        raise space.error(space.w_KeyError, "'popitem(): dictionary is empty'")
    w_key = self.storage.keys()[-1]
    w_value = self.storage[w_key]
    del self.storage[w_key]
    return space.newtuple([w_key, w_value])


@classdef.method("keys")
def dict_keys(self, space):
    return W_DictViewObject(self, "keys")


@classdef.method("values")
def dict_values(self, space):
    return W_DictViewObject(self, "values")


@classdef.method("items")
def dict_items(self, space):
    return W_DictViewObject(self, "items")


@classdef.method("update")
def dict_update(self, space, w_other):
    space.dict_update(self, w_other)
    return space.w_None


@classdef.method("clear")
def dict_clear(self, space):
    self.storage.clear()
    return space.w_None


@classdef.method("copy")
def dict_copy(self, space):
    w_result = W_DictObject()
    for w_key, w_value in self.storage.items():
        w_result.setitem(w_key, w_value)
    return w_result


classdef.exposes(W_DictObject)
