"""tuple: an immutable sequence of wrapped values."""
from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib import jit

from languages.python.kit import ClassDef
from languages.python.objects.base import W_Object

classdef = ClassDef("tuple")


class W_TupleObject(W_Object):
    _immutable_fields_ = ['items_w']

    def __init__(self, items_w):
        self.items_w = items_w

    def getclass(self, space):
        return space.w_tuple


@classdef.method("__len__")
def tuple_len(self, space):
    return space.newint(len(self.items_w))


@classdef.method("__getitem__")
def tuple_getitem(self, space, w_index):
    items_w = self.items_w
    if space.is_slice(w_index):
        return space.newtuple(space.slice_items(items_w, w_index))
    index = space.index_w(w_index, "tuple indices must be integers or slices, not %s")
    if index < 0:
        index += len(items_w)
    if index < 0 or index >= len(items_w):
        raise space.error(space.w_IndexError, "tuple index out of range")
    return items_w[index]


@classdef.method("__iter__")
def tuple_iter(self, space):
    return space.newseqiter(self)


@classdef.method("__contains__")
def tuple_contains(self, space, w_item):
    return space.newbool(space.sequence_contains(self.items_w, w_item))


@classdef.method("__add__")
def tuple_add(self, space, w_other):
    if not isinstance(w_other, W_TupleObject):
        return space.w_NotImplemented
    return space.newtuple(self.items_w + w_other.items_w)


@classdef.method("__mul__")
def tuple_mul(self, space, w_times):
    if not space.is_int(w_times):
        return space.w_NotImplemented
    return space.newtuple(space.repeat_items(self.items_w, space.int_w(w_times)))


@classdef.method("__rmul__")
def tuple_rmul(self, space, w_times):
    return tuple_mul(self, space, w_times)


@classdef.method("__hash__")
def tuple_hash(self, space):
    """CPython 3.8+'s xxHash-based tuple hash."""
    acc = XXPRIME_5
    for w_item in self.items_w:
        lane = r_uint(space.hash_w(w_item))
        acc += lane * XXPRIME_2
        acc = (acc << 31) | (acc >> 33)
        acc *= XXPRIME_1
    acc += r_uint(len(self.items_w)) ^ (XXPRIME_5 ^ r_uint(3527539))
    result = intmask(acc)
    if result == -1:
        result = 1546275796
    return space.newint(result)


XXPRIME_1 = r_uint(11400714785074694791)
XXPRIME_2 = r_uint(14029467366897019727)
XXPRIME_5 = r_uint(2870177450012600261)


@classdef.method("__repr__")
def tuple_repr(self, space):
    items_w = self.items_w
    if len(items_w) == 1:
        return space.newstr("(" + space.repr_w(items_w[0]) + ",)")
    return space.newstr("(" + space.join_reprs(items_w) + ")")


@classdef.method("index")
def tuple_index(self, space, w_item, w_start=None, w_stop=None):
    from languages.python.objects.listobject import clamp_range
    start, stop = clamp_range(space, len(self.items_w), w_start, w_stop)
    i = start
    while i < stop:
        if space.eq_w(self.items_w[i], w_item):
            return space.newint(i)
        i += 1
    raise space.error(space.w_ValueError, "tuple.index(x): x not in tuple")


@classdef.method("count")
def tuple_count(self, space, w_item):
    return space.newint(space.count_items(self.items_w, w_item))


def make_compare_method(name):
    def compare(self, space, w_other):
        if not isinstance(w_other, W_TupleObject):
            return space.w_NotImplemented
        return space.newbool(space.compare_sequences(self.items_w, w_other.items_w, name))
    compare.__name__ = "tuple_" + name
    return compare


for _name in ["lt", "le", "gt", "ge", "eq", "ne"]:
    classdef.method("__%s__" % _name)(make_compare_method(_name))

classdef.exposes(W_TupleObject)
