"""dict: an insertion-ordered hash table (framework/orderedhash.py) keyed by Python equality
and hash.

The table reaches the space through `PythonHashKeys`, which the space makes once
(`space.hash_keys`), so a dict needs the space only when it is made.
"""
from rpython.rlib.rfloat import isfinite

from framework.orderedhash import (HashKeys, KEY_INT, KEY_STR, KEY_OTHER, NOT_AN_INDEX,
                                   UNKNOWN_INDEX)
from languages.python.kit import ClassDef, OrderedHash
from languages.python.objects.base import W_Object
from languages.python.objects.boolobject import W_BoolObject
from languages.python.objects.bytesobject import W_BytesObject
from languages.python.objects.floatobject import W_FloatObject
from languages.python.objects.intobject import W_IntObject, W_BigIntObject
from languages.python.objects.noneobject import W_NoneObject
from languages.python.objects.rangeobject import W_IteratorObject
from languages.python.objects.strobject import W_StrObject

classdef = ClassDef("dict")

LARGEST_INDEX_FLOAT = 2.0 ** 62


class PythonHashKeys(HashKeys):
    """Python's keys for the kit's hash table: 1, 1.0 and True are one key; exact ints and
    strs get the packed and string strategies."""

    def __init__(self, space):
        self.space = space

    def eq(self, w_a, w_b):
        return self.space.eq_w(w_a, w_b)

    def hash(self, w_key):
        return self.space.hash_w(w_key)

    def key_kind(self, w_key):
        if type(w_key) is W_IntObject:
            return KEY_INT
        if type(w_key) is W_StrObject:
            return KEY_STR
        return KEY_OTHER

    def int_w(self, w_key):
        assert isinstance(w_key, W_IntObject)
        return w_key.intval

    def wrap_int(self, value):
        return self.space.newint(value)

    def str_w(self, w_key):
        assert isinstance(w_key, W_StrObject)
        return w_key.utf8

    def wrap_str(self, value):
        return self.space.newstr(value)

    def index_of_other(self, w_key):
        if type(w_key) is W_BoolObject:
            return w_key.intval
        if type(w_key) is W_FloatObject:
            value = w_key.floatval
            if isfinite(value) and 0.0 <= value < LARGEST_INDEX_FLOAT and \
                    float(int(value)) == value:
                return int(value)
            return NOT_AN_INDEX
        if type(w_key) is W_BigIntObject:
            try:
                value = w_key.bigval.toint()
            except OverflowError:
                return NOT_AN_INDEX
            return value if value >= 0 else NOT_AN_INDEX
        if is_never_equal_to_int_or_str(w_key):
            return NOT_AN_INDEX
        return UNKNOWN_INDEX

    def other_may_equal_str(self, w_key):
        t = type(w_key)
        return not (t is W_BoolObject or t is W_FloatObject or
                    is_never_equal_to_int_or_str(w_key))


def is_never_equal_to_int_or_str(w_key):
    """Hashable built-in keys whose equality never matches an int or a str (not tuples:
    a tuple holding a list must still fail to hash)."""
    t = type(w_key)
    return t is W_NoneObject or t is W_BytesObject or t is W_BigIntObject


class W_DictObject(W_Object):
    def __init__(self, space):
        self.table = OrderedHash(space.hash_keys)

    def getclass(self, space):
        return space.w_dict

    def getitem(self, w_key):
        """The value of `w_key`, or None."""
        return self.table.get(w_key)

    def setitem(self, w_key, w_value):
        self.table.set(w_key, w_value)

    def delitem(self, w_key):
        """Remove `w_key`; its value, or None if it was absent."""
        return self.table.pop(w_key)

    def length(self):
        return self.table.length()

    def keys_w(self):
        return self.table.keys_w()

    def values_w(self):
        return self.table.values_w()

    def items(self):
        """The (key, value) pairs in order, as a fresh list."""
        table = self.table
        result = []
        position = table.next_position(0)
        while position >= 0:
            result.append((table.key_at(position), table.value_at(position)))
            position = table.next_position(position + 1)
        return result

    def clear(self):
        self.table.clear()

    def copy(self):
        """A plain dict with the same items; the two share their storage until one is
        written."""
        w_result = W_DictObject(self.table.keys.space)
        w_result.table = self.table.copy()
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
        w_dict = self.w_dict
        if self.kind == "keys":
            return w_dict.keys_w()
        elif self.kind == "values":
            return w_dict.values_w()
        return [space.newtuple([w_k, w_v]) for w_k, w_v in w_dict.items()]


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
    return space.newint(self.w_dict.length())


@view_classdef.method("__contains__")
def view_contains(self, space, w_item):
    if self.kind == "keys":
        return space.newbool(self.w_dict.getitem(w_item) is not None)
    return space.newbool(space.sequence_contains(self.items_w(space), w_item))


@view_classdef.method("__repr__")
def view_repr(self, space):
    return space.newstr("dict_%s([%s])" % (self.kind, space.join_reprs(self.items_w(space))))


@view_classdef.method("__hash__")
def view_hash(self, space):
    raise space.type_error("unhashable type: 'dict_%s'" % self.kind)


view_classdef.exposes(W_DictViewObject)


class W_DictIterator(W_IteratorObject):
    """Iterates keys, values or items by entry position, as CPython does: a change of size
    is an error, and so is meeting more entries than the dict had."""

    def __init__(self, w_dict, kind, reverse):
        self.w_dict = w_dict
        self.kind = kind
        self.reverse = reverse
        self.size = w_dict.length()
        self.remaining = self.size
        table = w_dict.table
        self.position = table.prev_position(table.last_position()) if reverse else 0

    def typename(self):
        prefix = "dict_reverse" if self.reverse else "dict_"
        if self.kind == "keys":
            return prefix + "keyiterator"
        elif self.kind == "values":
            return prefix + "valueiterator"
        return prefix + "itemiterator"

    def next_w(self, space):
        if self.position < 0:
            return None
        w_dict = self.w_dict
        if w_dict.length() != self.size:
            self.position = -1
            raise space.error(space.w_RuntimeError, "dictionary changed size during iteration")
        table = w_dict.table
        if self.reverse:
            position = table.prev_position(self.position)
        else:
            position = table.next_position(self.position)
        if position < 0:
            self.position = -1
            return None
        if self.remaining == 0:
            self.position = -1
            raise space.error(space.w_RuntimeError, "dictionary keys changed during iteration")
        self.remaining -= 1
        self.position = position - 1 if self.reverse else position + 1
        if self.kind == "keys":
            return table.key_at(position)
        elif self.kind == "values":
            return table.value_at(position)
        return space.newtuple([table.key_at(position), table.value_at(position)])


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
    return space.newint(self.length())


@classdef.method("__getitem__")
def dict_getitem(self, space, w_key):
    return lookup_or_raise(space, self, w_key)


@classdef.method("__setitem__")
def dict_setitem(self, space, w_key, w_value):
    self.setitem(w_key, w_value)
    return space.w_None


@classdef.method("__delitem__")
def dict_delitem(self, space, w_key):
    if self.delitem(w_key) is None:
        raise space.key_error(w_key)
    return space.w_None


@classdef.method("__contains__")
def dict_contains(self, space, w_key):
    return space.newbool(self.getitem(w_key) is not None)


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
    w_result = self.copy()
    for w_key, w_value in w_other.items():
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
        for w_key, w_value in self.items():
            parts.append(space.repr_w(w_key) + ": " + space.repr_w(w_value))
        return space.newstr("{" + ", ".join(parts) + "}")
    finally:
        space.leave_repr(self)


@classdef.method("__eq__")
def dict_eq(self, space, w_other):
    if not isinstance(w_other, W_DictObject):
        return space.w_NotImplemented
    if self.length() != w_other.length():
        return space.w_False
    for w_key, w_value in self.items():
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
    w_value = self.delitem(w_key)
    if w_value is None:
        if w_default is None:
            raise space.key_error(w_key)
        return w_default
    return w_value


@classdef.method("popitem")
def dict_popitem(self, space):
    table = self.table
    position = table.last_position()
    if position < 0:
        raise space.error(space.w_KeyError, "popitem(): dictionary is empty")
    w_key = table.key_at(position)
    w_value = table.value_at(position)
    table.pop_last()
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
    self.clear()
    return space.w_None


@classdef.method("copy")
def dict_copy(self, space):
    return self.copy()


classdef.exposes(W_DictObject)


class W_ModuleDictObject(W_DictObject):
    """A module's namespace as a dict (globals(), module.__dict__): writes go through to
    the module, reads of str keys come from it; the rest is refreshed on each request."""
    def __init__(self, space, w_module):
        W_DictObject.__init__(self, space)
        self.space = space
        self.w_module = w_module

    def refresh(self):
        W_DictObject.clear(self)
        namespace = self.w_module.w_dict
        for name in namespace.keys():
            w_value = namespace.get(name)
            if w_value is not None:
                W_DictObject.setitem(self, self.space.newstr(name), w_value)

    def getitem(self, w_key):
        if isinstance(w_key, W_StrObject):
            return self.w_module.w_dict.get(w_key.utf8)
        return W_DictObject.getitem(self, w_key)

    def setitem(self, w_key, w_value):
        W_DictObject.setitem(self, w_key, w_value)
        if isinstance(w_key, W_StrObject):
            self.w_module.w_dict.set(w_key.utf8, w_value)

    def delitem(self, w_key):
        w_value = W_DictObject.delitem(self, w_key)
        if isinstance(w_key, W_StrObject):
            self.w_module.w_dict.set(w_key.utf8, None)
        return w_value

    def clear(self):
        for name in self.w_module.w_dict.keys():
            self.w_module.w_dict.set(name, None)
        W_DictObject.clear(self)


class W_AttributesDictObject(W_DictObject):
    """An instance's __dict__: a copy of its attributes whose writes (update, setitem,
    `del`) also go to the instance, as copy and pickle expect."""
    def __init__(self, space, w_owner):
        W_DictObject.__init__(self, space)
        self.space = space
        self.w_owner = w_owner

    def fill(self, w_key, w_value):
        W_DictObject.setitem(self, w_key, w_value)

    def setitem(self, w_key, w_value):
        W_DictObject.setitem(self, w_key, w_value)
        if isinstance(w_key, W_StrObject):
            self.space.generic_setattr(self.w_owner, w_key.utf8, w_value)

    def delitem(self, w_key):
        w_value = W_DictObject.delitem(self, w_key)
        if w_value is not None and isinstance(w_key, W_StrObject):
            self.space.generic_delattr(self.w_owner, w_key.utf8)
        return w_value
