"""dict: an insertion-ordered hash table keyed by Python equality and hash.

RPython's r_ordereddict takes the key functions; they reach the space through the key's owner
(`space_holder`), since one Python space exists per process.
"""
from rpython.rlib.objectmodel import r_ordereddict

from languages.python.kit import ClassDef
from languages.python.objects.base import W_Object
from languages.python.objects.rangeobject import W_IteratorObject

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


    def copy(self):
        w_result = W_DictObject()
        for w_key, w_value in self.storage.items():
            w_result.setitem(w_key, w_value)
        return w_result


class W_DictViewObject(W_Object):
    """dict.keys()/values()/items(): a live view; kind is 'keys', 'values' or 'items'."""
    _immutable_fields_ = ['w_dict', 'kind']

    def __init__(self, w_dict, kind):
        self.w_dict = w_dict
        self.kind = kind

    def getclass(self, space):
        if self.kind == "keys":
            return space.w_dict_keys
        elif self.kind == "values":
            return space.w_dict_values
        return space.w_dict_items

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
    return W_DictIterator(self.w_dict, self.kind, False)


@view_classdef.method("__reversed__")
def view_reversed(self, space):
    return W_DictIterator(self.w_dict, self.kind, True)


def view_as_set(space, w_view):
    from languages.python.objects.setobject import new_set
    if isinstance(w_view, W_DictViewObject) and w_view.kind == "values":
        raise space.type_error("unsupported operand type(s)")
    return new_set(space, False, w_view)


def make_view_binop(name, reflected):
    def method(self, space, w_other):
        from languages.python.objects.setobject import W_SetObject
        if self.kind == "values":
            return space.w_NotImplemented
        if not (isinstance(w_other, W_DictViewObject) or isinstance(w_other, W_SetObject)):
            if space.lookup(w_other, "__iter__") is None:
                return space.w_NotImplemented
        if reflected:
            w_left = view_as_set(space, w_other)
            w_right = self
        else:
            w_left = view_as_set(space, self)
            w_right = w_other
        return space.call_method(w_left, name, [w_right])
    method.__name__ = "view_" + name + ("_r" if reflected else "")
    return method


for _symbol, _name in [("and", "intersection"), ("or", "union"), ("sub", "difference"),
                       ("xor", "symmetric_difference")]:
    view_classdef.method("__%s__" % _symbol)(make_view_binop(_name, False))
    view_classdef.method("__r%s__" % _symbol)(make_view_binop(_name, True))


@view_classdef.method("isdisjoint")
def view_isdisjoint(self, space, w_other):
    return space.call_method(view_as_set(space, self), "isdisjoint", [w_other])


def make_view_compare(name):
    def method(self, space, w_other):
        from languages.python.objects.setobject import W_SetObject
        if self.kind == "values" or not (isinstance(w_other, W_DictViewObject) or
                                         isinstance(w_other, W_SetObject)):
            return space.w_NotImplemented
        if isinstance(w_other, W_DictViewObject) and w_other.kind == "values":
            return space.w_NotImplemented
        return space.call_method(view_as_set(space, self), "__%s__" % name,
                                 [view_as_set(space, w_other)])
    method.__name__ = "view_" + name
    return method


for _name in ["eq", "ne", "lt", "le", "gt", "ge"]:
    view_classdef.method("__%s__" % _name)(make_view_compare(_name))


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


@view_classdef.method("__hash__")
def view_hash(self, space):
    raise space.type_error("unhashable type: 'dict_%s'" % self.kind)


view_classdef.exposes(W_DictViewObject)


class W_DictIterator(W_IteratorObject):
    """Iterates keys, values or items of a snapshot, checking the dict's size each step."""

    def __init__(self, w_dict, kind, reverse):
        self.w_dict = w_dict
        self.kind = kind
        self.keys_w = w_dict.storage.keys()
        if reverse:
            self.keys_w.reverse()
        self.size = len(self.keys_w)
        self.index = 0
        self.reverse = reverse

    def typename(self):
        prefix = "dict_reverse" if self.reverse else "dict_"
        if self.kind == "keys":
            return prefix + "keyiterator"
        elif self.kind == "values":
            return prefix + "valueiterator"
        return prefix + "itemiterator"

    def next_w(self, space):
        if self.index < 0:
            return None
        storage = self.w_dict.storage
        if len(storage) != self.size:
            self.index = -1
            raise space.error(space.w_RuntimeError, "dictionary changed size during iteration")
        while self.index < len(self.keys_w):
            w_key = self.keys_w[self.index]
            self.index += 1
            w_value = storage.get(w_key, None)
            if w_value is None:
                self.index = -1
                raise space.error(space.w_RuntimeError, "dictionary keys changed during "
                                  "iteration")
            if self.kind == "keys":
                return w_key
            elif self.kind == "values":
                return w_value
            return space.newtuple([w_key, w_value])
        self.index = -1
        return None


def lookup_or_raise(space, w_dict, w_key):
    w_value = w_dict.getitem(w_key)
    if w_value is None:
        if type(w_dict) is not W_DictObject:
            w_missing = space.lookup(w_dict, "__missing__")
            if w_missing is not None:
                return space.call_function(w_missing, [w_dict, w_key])
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
    if self.getitem(w_key) is None:
        raise space.key_error(w_key)
    del self.storage[w_key]
    return space.w_None


@classdef.method("__contains__")
def dict_contains(self, space, w_key):
    return space.newbool(w_key in self.storage)


@classdef.method("__iter__")
def dict_iter(self, space):
    return W_DictIterator(self, "keys", False)


@classdef.method("__reversed__")
def dict_reversed(self, space):
    return W_DictIterator(self, "keys", True)


@classdef.method("__or__")
def dict_or(self, space, w_other):
    if not isinstance(w_other, W_DictObject):
        return space.w_NotImplemented
    w_result = W_DictObject()
    for w_key, w_value in self.storage.items():
        w_result.setitem(w_key, w_value)
    for w_key, w_value in w_other.storage.items():
        w_result.setitem(w_key, w_value)
    return w_result


@classdef.method("__ior__")
def dict_ior(self, space, w_other):
    space.dict_update(self, w_other)
    return self


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
        raise space.error(space.w_KeyError, "popitem(): dictionary is empty")
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


def update_from_args(space, w_dict, fname, args_w, kwnames, kwvalues_w):
    """dict.update and dict.__init__: (other=(), /, **kwargs), checked by hand as CPython
    names `dict` (not __init__) in the error."""
    if len(args_w) > 1:
        raise space.type_error("%s expected at most 1 argument, got %d"
                               % (fname, len(args_w)))
    if len(args_w) == 1:
        space.dict_update(w_dict, args_w[0])
    if kwnames is not None:
        for i in range(len(kwnames)):
            w_dict.setitem(space.newstr(kwnames[i]), kwvalues_w[i])


@classdef.method("update")
def dict_update(self, space, args_w, kwnames=None, kwvalues_w=None):
    update_from_args(space, self, "update", args_w, kwnames, kwvalues_w)
    return space.w_None


@classdef.method("__init__")
def dict_init(self, space, args_w, kwnames=None, kwvalues_w=None):
    update_from_args(space, self, "dict", args_w, kwnames, kwvalues_w)
    return space.w_None


@classdef.method("fromkeys", classmethod=True)
def dict_fromkeys(w_cls, space, w_iterable, w_value=None):
    if w_value is None:
        w_value = space.w_None
    w_result = space.call_function(w_cls, [])
    w_iter = space.iter(w_iterable)
    while True:
        w_key = space.next(w_iter)
        if w_key is None:
            break
        space.setitem(w_result, w_key, w_value)
    return w_result


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
