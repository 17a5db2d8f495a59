"""list.sort and sorted(): the kit's stable sort (framework/sorting.py) on Python's `<`.

Keys that are all exact ints, all exact floats or all exact strs are compared unboxed
(machine ints, floats, UTF-8 bytes, whose order is code-point order), as CPython's
pre-sort type check does: their `<` cannot be overridden and cannot raise.
"""
from languages.python.kit import Sorter
from languages.python.objects.intobject import W_IntObject
from languages.python.objects.floatobject import W_FloatObject
from languages.python.objects.strobject import W_StrObject


class KeySorter(Sorter):
    def __init__(self, space, keys_w, reverse):
        Sorter.__init__(self, len(keys_w), reverse)
        self.space = space
        self.keys_w = keys_w

    def lt(self, i, j):
        space = self.space
        return space.is_true(space.compare(self.keys_w[i], self.keys_w[j], "<"))


class IntKeySorter(Sorter):
    def __init__(self, keys, reverse):
        Sorter.__init__(self, len(keys), reverse)
        self.keys = keys

    def lt(self, i, j):
        return self.keys[i] < self.keys[j]


class FloatKeySorter(Sorter):
    def __init__(self, keys, reverse):
        Sorter.__init__(self, len(keys), reverse)
        self.keys = keys

    def lt(self, i, j):
        return self.keys[i] < self.keys[j]


class StrKeySorter(Sorter):
    def __init__(self, keys, reverse):
        Sorter.__init__(self, len(keys), reverse)
        self.keys = keys

    def lt(self, i, j):
        return self.keys[i] < self.keys[j]


def unboxed_sorter(keys_w, reverse):
    """A sorter on the keys' unboxed values when they are all of one exact type, else
    None."""
    if not keys_w:
        return None
    w_first = keys_w[0]
    if type(w_first) is W_IntObject:
        ints = [0] * len(keys_w)
        for i in range(len(keys_w)):
            w_key = keys_w[i]
            if type(w_key) is not W_IntObject:
                return None
            ints[i] = w_key.intval
        return IntKeySorter(ints, reverse)
    if type(w_first) is W_FloatObject:
        floats = [0.0] * len(keys_w)
        for i in range(len(keys_w)):
            w_key = keys_w[i]
            if type(w_key) is not W_FloatObject:
                return None
            floats[i] = w_key.floatval
        return FloatKeySorter(floats, reverse)
    if type(w_first) is W_StrObject:
        strs = [""] * len(keys_w)
        for i in range(len(keys_w)):
            w_key = keys_w[i]
            if type(w_key) is not W_StrObject:
                return None
            strs[i] = w_key.utf8
        return StrKeySorter(strs, reverse)
    return None


def stable_sort(space, items_w, keys_w, reverse):
    """Sort `items_w` in place by `keys_w` (parallel lists); a failing `<` leaves the items
    as they were and propagates."""
    sorter = unboxed_sorter(keys_w, reverse)
    if sorter is None:
        sorter = KeySorter(space, keys_w, reverse)
    sorter.sort()
    sorter.apply(items_w)
