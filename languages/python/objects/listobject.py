"""list: a mutable sequence whose items live in a storage strategy (framework/strategies.py).

`[0] * n`, `list(range(n))` and a list built by appending ints keep their items as unboxed
machine ints; storing any other kind of value switches the list to wrapped objects.  Callers
use the methods of `SequenceStorage` (length, getitem, append ...) rather than the storage,
and `getitems_w()` when they need every item wrapped.
"""
import math

from rpython.rlib.objectmodel import import_from_mixin

from languages.python.kit import ClassDef
from framework.strategies import ValueKinds, SequenceStorage, sequence_strategies
from languages.python.objects.base import W_Object
from languages.python.objects.intobject import W_IntObject
from languages.python.objects.floatobject import W_FloatObject

classdef = ClassDef("list")


class PythonValueKinds(ValueKinds):
    """Exact ints and floats are stored unboxed.  A bool, a big int or an instance of a
    subclass stays boxed, since unboxing would lose its class; so does a NaN, since `in`,
    `index` and `==` find a NaN only by identity, which an unboxed copy would lose."""

    def is_int(self, w_value):
        return type(w_value) is W_IntObject

    def int_w(self, w_value):
        assert isinstance(w_value, W_IntObject)
        return w_value.intval

    def wrap_int(self, value):
        return W_IntObject(value)

    def is_float(self, w_value):
        return type(w_value) is W_FloatObject and not math.isnan(w_value.floatval)

    def float_w(self, w_value):
        assert isinstance(w_value, W_FloatObject)
        return w_value.floatval

    def wrap_float(self, value):
        return W_FloatObject(value)


strategies = sequence_strategies(PythonValueKinds())


class W_ListObject(W_Object):
    import_from_mixin(SequenceStorage)

    def __init__(self, strategy, storage):
        self.strategy = strategy
        self.storage = storage

    def getclass(self, space):
        return space.w_list

    def new_sequence(self, strategy, storage):
        return W_ListObject(strategy, storage)


def new_list(items_w):
    """A list holding `items_w`, in the most specific strategy."""
    strategy = strategies.empty.strategy_for_items_w(items_w)
    return W_ListObject(strategy, strategy.storage_from_items_w(items_w))


def extend_list(space, w_list, w_iterable):
    """list.extend: a plain list's items are copied storage to storage (unboxed stays
    unboxed); anything else is iterated."""
    if type(w_iterable) is W_ListObject:
        w_list.extend(w_iterable)
    else:
        w_list.extend_items_w(space.listview(w_iterable))


def normalize_index(space, w_list, w_index, message):
    index = space.index_w(w_index, "list indices must be integers or slices, not %s")
    length = w_list.length()
    if index < 0:
        index += length
    if index < 0 or index >= length:
        raise space.error(space.w_IndexError, message)
    return index


def find_item(space, w_list, w_item, start, stop):
    """Index of the first item == w_item in start:stop, or -1.  The length is read again
    after each comparison, since an __eq__ may shrink the list."""
    i = start
    while i < stop and i < w_list.length():
        if space.eq_w(w_list.getitem(i), w_item):
            return i
        i += 1
    return -1


def assign_slice(space, w_list, w_slice, w_value):
    new_w = space.listview(w_value)
    start, stop, step, length = space.unpack_slice(w_slice, w_list.length())
    if step == 1:
        if stop < start:
            stop = start
        items_w = w_list.getitems_w()
        assert start >= 0 and stop >= 0
        w_list.setitems_w(items_w[:start] + new_w + items_w[stop:])
        return
    if len(new_w) != length:
        raise space.error(space.w_ValueError, "attempt to assign sequence of size %d to "
                          "extended slice of size %d" % (len(new_w), length))
    for i in range(length):
        w_list.setitem(start + i * step, new_w[i])


def delete_slice(space, w_list, w_slice):
    start, stop, step, length = space.unpack_slice(w_slice, w_list.length())
    if step == 1:
        w_list.delete(start, stop)
        return
    if length == 0:
        return
    doomed = {}
    for i in range(length):
        doomed[start + i * step] = None
    items_w = w_list.getitems_w()
    w_list.setitems_w([items_w[i] for i in range(len(items_w)) if i not in doomed])


def repeat_list(space, w_list, times):
    if times > 0:
        space.check_repeat(w_list.length(), times)
    return w_list.repeat(times)


@classdef.method("__len__")
def list_len(self, space):
    return space.newint(self.length())


@classdef.method("__getitem__")
def list_getitem(self, space, w_index):
    if space.is_slice(w_index):
        start, stop, step, length = space.unpack_slice(w_index, self.length())
        return self.getslice(start, step, length)
    return self.getitem(normalize_index(space, self, w_index, "list index out of range"))


@classdef.method("__setitem__")
def list_setitem(self, space, w_index, w_value):
    if space.is_slice(w_index):
        assign_slice(space, self, w_index, w_value)
        return space.w_None
    index = normalize_index(space, self, w_index, "list assignment index out of range")
    self.setitem(index, w_value)
    return space.w_None


@classdef.method("__delitem__")
def list_delitem(self, space, w_index):
    if space.is_slice(w_index):
        delete_slice(space, self, w_index)
        return space.w_None
    index = normalize_index(space, self, w_index, "list assignment index out of range")
    self.delete(index, index + 1)
    return space.w_None


@classdef.method("__iter__")
def list_iter(self, space):
    return space.newseqiter(self)


@classdef.method("__contains__")
def list_contains(self, space, w_item):
    return space.newbool(find_item(space, self, w_item, 0, self.length()) >= 0)


@classdef.method("__add__")
def list_add(self, space, w_other):
    if not isinstance(w_other, W_ListObject):
        raise space.error(space.w_TypeError, 'can only concatenate list (not "%s") to list'
                          % space.type(w_other).name)
    return self.concat(w_other)


@classdef.method("__iadd__")
def list_iadd(self, space, w_other):
    extend_list(space, self, w_other)
    return self


@classdef.method("__mul__")
def list_mul(self, space, w_times):
    if not space.is_int(w_times) and space.lookup(w_times, "__index__") is None:
        return space.w_NotImplemented
    return repeat_list(space, self, space.int_w(w_times))


@classdef.method("__rmul__")
def list_rmul(self, space, w_times):
    return list_mul(self, space, w_times)


@classdef.method("__imul__")
def list_imul(self, space, w_times):
    times = space.int_w(w_times)
    if times <= 0:
        self.setitems_w([])
        return self
    if self.length() == 0:
        return self
    space.check_repeat(self.length(), times)
    w_once = self.getslice(0, 1, self.length())
    for i in range(times - 1):
        self.extend(w_once)
    return self


@classdef.method("__repr__")
def list_repr(self, space):
    if space.enter_repr(self):
        return space.newstr("[...]")
    try:
        return space.newstr("[" + space.join_reprs(self.getitems_w()) + "]")
    finally:
        space.leave_repr(self)


@classdef.method("__hash__")
def list_hash(self, space):
    raise space.error(space.w_TypeError, "unhashable type: 'list'")


@classdef.method("append")
def list_append(self, space, w_item):
    self.append(w_item)
    return space.w_None


@classdef.method("extend")
def list_extend(self, space, w_iterable):
    extend_list(space, self, w_iterable)
    return space.w_None


@classdef.method("insert", index="int")
def list_insert(self, space, index, w_item):
    length = self.length()
    if index < 0:
        index = max(0, index + length)
    index = min(index, length)
    self.insert(index, w_item)
    return space.w_None


@classdef.method("pop", index="int")
def list_pop(self, space, index=-1):
    length = self.length()
    if length == 0:
        raise space.error(space.w_IndexError, "pop from empty list")
    if index < 0:
        index += length
    if index < 0 or index >= length:
        raise space.error(space.w_IndexError, "pop index out of range")
    return self.pop(index)


@classdef.method("remove")
def list_remove(self, space, w_item):
    index = find_item(space, self, w_item, 0, self.length())
    if index >= 0:
        self.delete(index, index + 1)
        return space.w_None
    raise space.error(space.w_ValueError, "list.remove(x): x not in list")


def clamp_range(space, length, w_start, w_stop):
    """start/stop of index(x, start, stop), normalised as slice bounds."""
    start = 0
    stop = length
    if w_start is not None:
        start = space.index_w(w_start, "slice indices must be integers or have an __index__ "
                                       "method")
        if start < 0:
            start = max(0, start + length)
    if w_stop is not None:
        stop = space.index_w(w_stop, "slice indices must be integers or have an __index__ "
                                     "method")
        if stop < 0:
            stop = max(0, stop + length)
    return start, min(stop, length)


@classdef.method("index")
def list_index(self, space, w_item, w_start=None, w_stop=None):
    start, stop = clamp_range(space, self.length(), w_start, w_stop)
    index = find_item(space, self, w_item, start, stop)
    if index >= 0:
        return space.newint(index)
    raise space.error(space.w_ValueError, "%s is not in list" % space.repr_w(w_item))


@classdef.method("__reversed__")
def list_reversed(self, space):
    from languages.python.objects.iterobject import W_ReversedIterator
    return W_ReversedIterator(self, self.length(), "list_reverseiterator")


@classdef.method("sort", kwonly=["w_key", "w_reverse"])
def list_sort(self, space, w_key=None, w_reverse=None):
    from languages.python.builtins import sort_items
    items_w = self.getitems_w()
    self.setitems_w([])           # CPython empties the list while sorting
    try:
        sort_items(space, items_w, w_key, w_reverse)
    finally:
        modified = self.length() != 0
        self.setitems_w(items_w)
    if modified:
        raise space.error(space.w_ValueError, "list modified during sort")
    return space.w_None


@classdef.method("__init__")
def list_init(self, space, args_w, kwnames=None, kwvalues_w=None):
    """Checked by hand: CPython names the type, not __init__, in these errors."""
    if kwnames is not None:
        raise space.type_error("list() takes no keyword arguments")
    if len(args_w) > 1:
        raise space.type_error("list expected at most 1 argument, got %d" % len(args_w))
    self.setitems_w([])
    if len(args_w) == 1:
        self.setitems_w(space.listview(args_w[0]))
    return space.w_None


@classdef.method("count")
def list_count(self, space, w_item):
    count = 0
    i = 0
    while i < self.length():
        if space.eq_w(self.getitem(i), w_item):
            count += 1
        i += 1
    return space.newint(count)


@classdef.method("reverse")
def list_reverse(self, space):
    self.reverse()
    return space.w_None


@classdef.method("clear")
def list_clear(self, space):
    self.setitems_w([])
    return space.w_None


@classdef.method("copy")
def list_copy(self, space):
    return self.getslice(0, 1, self.length())


def make_compare_method(name):
    def compare(self, space, w_other):
        if not isinstance(w_other, W_ListObject):
            return space.w_NotImplemented
        return space.newbool(space.compare_sequences(self.getitems_w(), w_other.getitems_w(),
                                                        name))
    compare.__name__ = "list_" + name
    return compare


for _name in ["lt", "le", "gt", "ge", "eq", "ne"]:
    classdef.method("__%s__" % _name)(make_compare_method(_name))

classdef.exposes(W_ListObject)
