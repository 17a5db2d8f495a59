"""list: a mutable sequence of wrapped values (a resizable RPython list)."""
from framework.classdef import ClassDef
from languages.python.objects.base import W_Object, kw_method

classdef = ClassDef("list")


class W_ListObject(W_Object):
    def __init__(self, items_w):
        self.items_w = items_w

    def getclass(self, space):
        return space.w_list


def normalize_index(space, w_list, w_index, message):
    index = space.index_w(w_index, "list indices must be integers or slices, not %s")
    if index < 0:
        index += len(w_list.items_w)
    if index < 0 or index >= len(w_list.items_w):
        raise space.error(space.w_IndexError, message)
    return index


@classdef.method("__len__")
def list_len(self, space):
    return space.newint(len(self.items_w))


@classdef.method("__getitem__")
def list_getitem(self, space, w_index):
    if space.is_slice(w_index):
        return space.newlist(space.slice_items(self.items_w, w_index))
    return self.items_w[normalize_index(space, self, w_index, "list index out of range")]


@classdef.method("__setitem__")
def list_setitem(self, space, w_index, w_value):
    if space.is_slice(w_index):
        space.assign_slice(self, w_index, w_value)
        return space.w_None
    index = normalize_index(space, self, w_index, "list assignment index out of range")
    self.items_w[index] = w_value
    return space.w_None


@classdef.method("__delitem__")
def list_delitem(self, space, w_index):
    if space.is_slice(w_index):
        space.delete_slice(self, w_index)
        return space.w_None
    index = normalize_index(space, self, w_index, "list assignment index out of range")
    del self.items_w[index]
    return space.w_None


@classdef.method("__iter__")
def list_iter(self, space):
    return space.newseqiter(self)


@classdef.method("__contains__")
def list_contains(self, space, w_item):
    return space.newbool(space.sequence_contains(self.items_w, w_item))


@classdef.method("__add__")
def list_add(self, space, w_other):
    if not isinstance(w_other, W_ListObject):
        raise space.error(space.w_TypeError, 'can only concatenate list (not "%s") to list'
                          % space.type(w_other).name)
    return space.newlist(self.items_w + w_other.items_w)


@classdef.method("__iadd__")
def list_iadd(self, space, w_other):
    self.items_w.extend(space.listview(w_other))
    return self


@classdef.method("__mul__")
def list_mul(self, space, w_times):
    if not space.is_int(w_times) and space.lookup(w_times, "__index__") is None:
        return space.w_NotImplemented
    return space.newlist(space.repeat_items(self.items_w, space.int_w(w_times)))


@classdef.method("__rmul__")
def list_rmul(self, space, w_times):
    return list_mul(self, space, w_times)


@classdef.method("__imul__")
def list_imul(self, space, w_times):
    self.items_w = space.repeat_items(self.items_w, space.int_w(w_times))
    return self


@classdef.method("__repr__")
def list_repr(self, space):
    if space.enter_repr(self):
        return space.newstr("[...]")
    try:
        return space.newstr("[" + space.join_reprs(self.items_w) + "]")
    finally:
        space.leave_repr(self)


@classdef.method("__hash__")
def list_hash(self, space):
    raise space.error(space.w_TypeError, "unhashable type: 'list'")


@classdef.method("append")
def list_append(self, space, w_item):
    self.items_w.append(w_item)
    return space.w_None


@classdef.method("extend")
def list_extend(self, space, w_iterable):
    self.items_w.extend(space.listview(w_iterable))
    return space.w_None


@classdef.method("insert", index="int")
def list_insert(self, space, index, w_item):
    length = len(self.items_w)
    if index < 0:
        index = max(0, index + length)
    index = min(index, length)
    self.items_w.insert(index, w_item)
    return space.w_None


@classdef.method("pop", index="int")
def list_pop(self, space, index=-1):
    length = len(self.items_w)
    if length == 0:
        raise space.error(space.w_IndexError, "pop from empty list")
    if index < 0:
        index += length
    if index < 0 or index >= length:
        raise space.error(space.w_IndexError, "pop index out of range")
    return self.items_w.pop(index)


@classdef.method("remove")
def list_remove(self, space, w_item):
    for i in range(len(self.items_w)):
        if space.eq_w(self.items_w[i], w_item):
            del self.items_w[i]
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
    start, stop = clamp_range(space, len(self.items_w), w_start, w_stop)
    i = start
    while i < stop and i < len(self.items_w):
        if space.eq_w(self.items_w[i], w_item):
            return space.newint(i)
        i += 1
    raise space.error(space.w_ValueError, "%s is not in list" % space.repr_w(w_item))


@classdef.method("__reversed__")
def list_reversed(self, space):
    from languages.python.objects.iterobject import W_ReversedIterator
    return W_ReversedIterator(self, len(self.items_w), "list_reverseiterator")


@kw_method("list", "sort")
def list_sort(space, args_w, kwnames, kwvalues_w):
    from languages.python.builtins import Keywords, sort_items
    w_list = args_w[0]
    assert isinstance(w_list, W_ListObject)
    if len(args_w) > 1:
        raise space.type_error("sort() takes no positional arguments")
    kw = Keywords(space, "sort", kwnames, kwvalues_w, ["key", "reverse"])
    items_w = w_list.items_w
    w_list.items_w = []           # CPython empties the list while sorting
    try:
        sort_items(space, items_w, kw.get("key"), kw.get("reverse"))
    finally:
        modified = len(w_list.items_w) != 0
        w_list.items_w = items_w
    if modified:
        raise space.error(space.w_ValueError, "list modified during sort")
    return space.w_None


@kw_method("list", "__init__")
def list_init(space, args_w, kwnames, kwvalues_w):
    w_list = args_w[0]
    assert isinstance(w_list, W_ListObject)
    if kwnames:
        raise space.type_error("list() takes no keyword arguments")
    if len(args_w) > 2:
        raise space.type_error("list expected at most 1 argument, got %d" % (len(args_w) - 1))
    w_list.items_w = []
    if len(args_w) == 2:
        w_list.items_w = space.listview(args_w[1])
    return space.w_None


@classdef.method("count")
def list_count(self, space, w_item):
    return space.newint(space.count_items(self.items_w, w_item))


@classdef.method("reverse")
def list_reverse(self, space):
    self.items_w.reverse()
    return space.w_None


@classdef.method("clear")
def list_clear(self, space):
    self.items_w = []
    return space.w_None


@classdef.method("copy")
def list_copy(self, space):
    return space.newlist(self.items_w[:])


def make_compare_method(name):
    def compare(self, space, w_other):
        if not isinstance(w_other, W_ListObject):
            return space.w_NotImplemented
        return space.newbool(space.compare_sequences(self.items_w, w_other.items_w, name))
    compare.__name__ = "list_" + name
    return compare


for _name in ["lt", "le", "gt", "ge", "eq", "ne"]:
    classdef.method("__%s__" % _name)(make_compare_method(_name))

classdef.exposes(W_ListObject)
