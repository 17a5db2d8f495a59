"""slice: start/stop/step, resolved against a length as CPython's PySlice_AdjustIndices."""
from languages.python.kit import ClassDef
from languages.python.objects.base import W_Object

classdef = ClassDef("slice")


class W_SliceObject(W_Object):
    _immutable_fields_ = ['w_start', 'w_stop', 'w_step']

    def __init__(self, w_start, w_stop, w_step):
        self.w_start = w_start
        self.w_stop = w_stop
        self.w_step = w_step

    def getclass(self, space):
        return space.w_slice

    def indices(self, space, length):
        message = "slice indices must be integers or None or have an __index__ method"
        if space.is_none(self.w_step):
            step = 1
        else:
            step = space.index_w(self.w_step, message)
            if step == 0:
                raise space.error(space.w_ValueError, "slice step cannot be zero")
        if step < 0:
            lower, upper = -1, length - 1
        else:
            lower, upper = 0, length
        start = upper if step < 0 else lower
        if not space.is_none(self.w_start):
            start = clamp(space.index_w(self.w_start, message), length, lower, upper)
        stop = lower if step < 0 else upper
        if not space.is_none(self.w_stop):
            stop = clamp(space.index_w(self.w_stop, message), length, lower, upper)
        if step < 0:
            count = (start - stop - 1) // (-step) + 1 if stop < start else 0
        else:
            count = (stop - start - 1) // step + 1 if start < stop else 0
        return start, stop, step, count


def clamp(index, length, lower, upper):
    if index < 0:
        index += length
        if index < lower:
            index = lower
    elif index > upper:
        index = upper
    return index


@classdef.method("__repr__")
def slice_repr(self, space):
    return space.newstr("slice(%s, %s, %s)" % (space.repr_w(self.w_start),
                                               space.repr_w(self.w_stop),
                                               space.repr_w(self.w_step)))


@classdef.method("indices", length="int")
def slice_indices(self, space, length):
    start, stop, step, count = self.indices(space, length)
    return space.newtuple([space.newint(start), space.newint(stop), space.newint(step)])


@classdef.getter("start")
def slice_start(self, space):
    return self.w_start


@classdef.getter("stop")
def slice_stop(self, space):
    return self.w_stop


@classdef.getter("step")
def slice_step(self, space):
    return self.w_step


classdef.exposes(W_SliceObject)
