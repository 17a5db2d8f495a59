"""The lazy iterators behind enumerate, zip, map, filter, reversed and iter(callable, s)."""
from languages.python.objects.rangeobject import W_IteratorObject


class W_EnumerateIterator(W_IteratorObject):
    type_name = "enumerate"

    def __init__(self, w_iter, start):
        self.w_iter = w_iter
        self.index = start

    def next_w(self, space):
        w_item = space.next(self.w_iter)
        if w_item is None:
            return None
        w_index = space.newint(self.index)
        self.index += 1
        return space.newtuple([w_index, w_item])


class W_ZipIterator(W_IteratorObject):
    type_name = "zip"

    def __init__(self, iterators_w, strict):
        self.iterators_w = iterators_w
        self.strict = strict

    def next_w(self, space):
        if not self.iterators_w:
            return None
        items_w = []
        for i in range(len(self.iterators_w)):
            w_item = space.next(self.iterators_w[i])
            if w_item is None:
                if self.strict:
                    self.check_all_exhausted(space, i)
                return None
            items_w.append(w_item)
        return space.newtuple(items_w)

    def check_all_exhausted(self, space, first_empty):
        """zip(strict=True): iterator `first_empty` ran out, so must every other one."""
        if first_empty > 0:
            raise space.error(space.w_ValueError, "zip() argument %d is shorter than %s"
                              % (first_empty + 1, zip_predecessors(first_empty)))
        for i in range(1, len(self.iterators_w)):
            if space.next(self.iterators_w[i]) is not None:
                raise space.error(space.w_ValueError, "zip() argument %d is longer than %s"
                                  % (i + 1, zip_predecessors(i)))


def zip_predecessors(count):
    """How CPython's strict zip names the `count` arguments before the odd one out."""
    if count == 1:
        return "argument 1"
    return "arguments 1-%d" % count


class W_MapIterator(W_IteratorObject):
    type_name = "map"

    def __init__(self, w_func, iterators_w):
        self.w_func = w_func
        self.iterators_w = iterators_w

    def next_w(self, space):
        args_w = []
        for w_iter in self.iterators_w:
            w_item = space.next(w_iter)
            if w_item is None:
                return None
            args_w.append(w_item)
        return space.call_function(self.w_func, args_w)


class W_FilterIterator(W_IteratorObject):
    type_name = "filter"

    def __init__(self, w_func, w_iter):
        self.w_func = w_func
        self.w_iter = w_iter

    def next_w(self, space):
        while True:
            w_item = space.next(self.w_iter)
            if w_item is None:
                return None
            if space.is_none(self.w_func):
                keep = space.is_true(w_item)
            else:
                keep = space.is_true(space.call_function(self.w_func, [w_item]))
            if keep:
                return w_item


class W_ReversedIterator(W_IteratorObject):
    type_name = "reversed"

    def __init__(self, w_seq, length, kind="reversed"):
        self.w_seq = w_seq
        self.index = length - 1
        self.kind = kind

    def typename(self):
        return self.kind

    def next_w(self, space):
        if self.index < 0:
            return None
        w_item = space.getitem(self.w_seq, space.newint(self.index))
        self.index -= 1
        return w_item


class W_CallableIterator(W_IteratorObject):
    type_name = "callable_iterator"

    def __init__(self, w_func, w_sentinel):
        self.w_func = w_func
        self.w_sentinel = w_sentinel
        self.done = False

    def next_w(self, space):
        if self.done:
            return None
        w_value = space.call_function(self.w_func, [])
        if space.eq_w(w_value, self.w_sentinel):
            self.done = True
            return None
        return w_value
