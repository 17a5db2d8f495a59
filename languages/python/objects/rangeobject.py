"""range and the iterators: a sequence iterator over any indexable, and range's own."""
from languages.python.kit import ClassDef
from languages.python.objects.base import W_Object

classdef = ClassDef("range")
iter_classdef = ClassDef("iterator")


class W_RangeObject(W_Object):
    _immutable_fields_ = ['start', 'stop', 'step', 'length']

    def __init__(self, start, stop, step):
        self.start = start
        self.stop = stop
        self.step = step
        if step > 0:
            self.length = max(0, (stop - start + step - 1) // step)
        else:
            self.length = max(0, (start - stop - step - 1) // (-step))

    def getclass(self, space):
        return space.w_range


class W_IteratorObject(W_Object):
    """Base of the built-in iterators: `next_w` returns None when exhausted.  Each kind has
    its own type (named by `type_name`, as CPython names it) below the `iterator` type that
    holds __iter__ and __next__."""
    type_name = "iterator"

    def getclass(self, space):
        return space.iterator_type(self.typename())

    def typename(self):
        return self.type_name

    def next_w(self, space):
        raise NotImplementedError


class W_RangeIterator(W_IteratorObject):
    type_name = "range_iterator"

    def __init__(self, current, step, remaining):
        self.current = current
        self.step = step
        self.remaining = remaining

    def next_w(self, space):
        if self.remaining <= 0:
            return None
        value = self.current
        self.current = value + self.step
        self.remaining -= 1
        return space.newint(value)


class W_SeqIterator(W_IteratorObject):
    """Iterates a list, tuple or str by index, seeing later appends (as CPython does)."""

    def __init__(self, w_seq, kind="iterator"):
        self.w_seq = w_seq
        self.index = 0
        self.kind = kind

    def typename(self):
        return self.kind

    def next_w(self, space):
        w_seq = self.w_seq
        if w_seq is None:
            return None
        w_item = space.sequence_item(w_seq, self.index)
        if w_item is None:
            self.w_seq = None
            return None
        self.index += 1
        return w_item


@classdef.method("__iter__")
def range_iter(self, space):
    return W_RangeIterator(self.start, self.step, self.length)


@classdef.method("__len__")
def range_len(self, space):
    return space.newint(self.length)


@classdef.method("__getitem__")
def range_getitem(self, space, w_index):
    if space.is_slice(w_index):
        start, stop, step, length = space.unpack_slice(w_index, self.length)
        first = self.start + start * self.step
        return W_RangeObject(first, first + length * step * self.step, step * self.step)
    index = space.index_w(w_index, "range indices must be integers or slices, not %s")
    if index < 0:
        index += self.length
    if index < 0 or index >= self.length:
        raise space.error(space.w_IndexError, "range object index out of range")
    return space.newint(self.start + index * self.step)


@classdef.method("__contains__")
def range_contains(self, space, w_item):
    if not space.is_int(w_item):
        return space.newbool(False)
    value = space.int_w(w_item)
    if self.step > 0:
        inside = self.start <= value < self.stop
    else:
        inside = self.stop < value <= self.start
    return space.newbool(inside and (value - self.start) % self.step == 0)


@classdef.method("index")
def range_index(self, space, w_item):
    if space.is_int(w_item) and space.is_true(range_contains(self, space, w_item)):
        return space.newint((space.int_w(w_item) - self.start) // self.step)
    raise space.error(space.w_ValueError, "%s is not in range" % space.repr_w(w_item))


@classdef.method("count")
def range_count(self, space, w_item):
    if space.is_int(w_item):
        return space.newint(1 if space.is_true(range_contains(self, space, w_item)) else 0)
    count = 0
    for i in range(self.length):
        if space.eq_w(space.newint(self.start + i * self.step), w_item):
            count += 1
    return space.newint(count)


@classdef.method("__reversed__")
def range_reversed(self, space):
    last = self.start + (self.length - 1) * self.step
    return W_RangeIterator(last, -self.step, self.length)


@classdef.method("__eq__")
def range_eq(self, space, w_other):
    if not isinstance(w_other, W_RangeObject):
        return space.w_NotImplemented
    if self.length != w_other.length:
        return space.w_False
    if self.length == 0:
        return space.w_True
    if self.start != w_other.start:
        return space.w_False
    return space.newbool(self.length == 1 or self.step == w_other.step)


@classdef.method("__hash__")
def range_hash(self, space):
    if self.length == 0:
        w_key = space.newtuple([space.newint(0), space.w_None, space.w_None])
    elif self.length == 1:
        w_key = space.newtuple([space.newint(1), space.newint(self.start), space.w_None])
    else:
        w_key = space.newtuple([space.newint(self.length), space.newint(self.start),
                                space.newint(self.step)])
    return space.hash(w_key)


@classdef.getter("start")
def range_start(self, space):
    return space.newint(self.start)


@classdef.getter("stop")
def range_stop(self, space):
    return space.newint(self.stop)


@classdef.getter("step")
def range_step(self, space):
    return space.newint(self.step)


@classdef.method("__repr__")
def range_repr(self, space):
    if self.step == 1:
        return space.newstr("range(%d, %d)" % (self.start, self.stop))
    return space.newstr("range(%d, %d, %d)" % (self.start, self.stop, self.step))


classdef.exposes(W_RangeObject)


@iter_classdef.method("__iter__")
def iterator_iter(self, space):
    return self


@iter_classdef.method("__next__")
def iterator_next(self, space):
    w_item = self.next_w(space)
    if w_item is None:
        raise space.error_noargs(space.w_StopIteration)
    return w_item


iter_classdef.exposes(W_IteratorObject)
