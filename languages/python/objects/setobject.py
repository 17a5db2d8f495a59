"""set and frozenset: CPython 3.11's open-addressing table, so iteration order matches.

Programs print sets of small ints directly, and CPython's order is its table order: slots
chosen by `hash & mask`, nine linear probes, then perturbed probing; deleted slots become
dummies (a later insert reuses the last dummy it passed); the table grows at 3/5 full.
Every operation below follows setobject.c in what it inserts into which table, and in
which order (set_merge copying a same-sized table verbatim, intersection walking the smaller
set, difference copying when the other set is much smaller, ...).
"""
from rpython.rlib.rarithmetic import r_uint, intmask

from languages.python.kit import ClassDef
from languages.python.objects.base import W_Object
from languages.python.objects.rangeobject import W_IteratorObject

classdef = ClassDef("set")
frozen_classdef = ClassDef("frozenset")

LINEAR_PROBES = 9
PERTURB_SHIFT = 5
MINSIZE = 8


class W_Dummy(W_Object):
    """The marker of a deleted slot (never visible to programs)."""


DUMMY = W_Dummy()


class W_SetObject(W_Object):
    def __init__(self, frozen):
        self.frozen = frozen
        self.clear()

    def getclass(self, space):
        if self.frozen:
            return space.w_frozenset
        return space.w_set

    def clear(self):
        self.keys_w = [None] * MINSIZE
        self.hashes = [0] * MINSIZE
        self.mask = MINSIZE - 1
        self.fill = 0
        self.used = 0
        self.finger = 0

    def length(self):
        return self.used

    def items_w(self):
        """The elements in table (= iteration) order."""
        result = []
        for w_key in self.keys_w:
            if w_key is not None and w_key is not DUMMY:
                result.append(w_key)
        return result

    # -- the table ---------------------------------------------------------------------
    def lookup(self, space, w_key, h):
        """Slot of `w_key`, or -1."""
        mask = self.mask
        i = h & mask
        perturb = r_uint(h)
        while True:
            probes = LINEAR_PROBES if i + LINEAR_PROBES <= mask else 0
            j = i
            while True:
                w_entry = self.keys_w[j]
                if w_entry is None:
                    return -1
                if w_entry is not DUMMY and self.hashes[j] == h:
                    if w_entry is w_key or space.eq_w(w_entry, w_key):
                        return j
                if probes == 0:
                    break
                probes -= 1
                j += 1
            perturb = perturb >> PERTURB_SHIFT
            i = intmask((r_uint(i) * 5 + 1 + perturb) & r_uint(mask))

    def add_entry(self, space, w_key, h):
        mask = self.mask
        i = h & mask
        perturb = r_uint(h)
        freeslot = -1
        while True:
            probes = LINEAR_PROBES if i + LINEAR_PROBES <= mask else 0
            j = i
            while True:
                w_entry = self.keys_w[j]
                if w_entry is None:
                    if freeslot >= 0:
                        self.used += 1
                        self.keys_w[freeslot] = w_key
                        self.hashes[freeslot] = h
                        return
                    self.fill += 1
                    self.used += 1
                    self.keys_w[j] = w_key
                    self.hashes[j] = h
                    if self.fill * 5 >= mask * 3:
                        self.resize(self.used * 2 if self.used > 50000 else self.used * 4)
                    return
                if w_entry is DUMMY:
                    freeslot = j
                elif self.hashes[j] == h:
                    if w_entry is w_key or space.eq_w(w_entry, w_key):
                        return
                if probes == 0:
                    break
                probes -= 1
                j += 1
            perturb = perturb >> PERTURB_SHIFT
            i = intmask((r_uint(i) * 5 + 1 + perturb) & r_uint(mask))

    def resize(self, minused):
        newsize = MINSIZE
        while newsize <= minused:
            newsize <<= 1
        old_keys_w = self.keys_w
        old_hashes = self.hashes
        self.keys_w = [None] * newsize
        self.hashes = [0] * newsize
        self.mask = newsize - 1
        for k in range(len(old_keys_w)):
            w_key = old_keys_w[k]
            if w_key is not None and w_key is not DUMMY:
                self.insert_clean(w_key, old_hashes[k])
        self.fill = self.used

    def insert_clean(self, w_key, h):
        mask = self.mask
        i = h & mask
        perturb = r_uint(h)
        while True:
            if self.keys_w[i] is None:
                break
            found = -1
            if i + LINEAR_PROBES <= mask:
                for k in range(1, LINEAR_PROBES + 1):
                    if self.keys_w[i + k] is None:
                        found = i + k
                        break
            if found >= 0:
                i = found
                break
            perturb = perturb >> PERTURB_SHIFT
            i = intmask((r_uint(i) * 5 + 1 + perturb) & r_uint(mask))
        self.keys_w[i] = w_key
        self.hashes[i] = h

    def discard_entry(self, space, w_key, h):
        i = self.lookup(space, w_key, h)
        if i < 0:
            return False
        self.keys_w[i] = DUMMY
        self.hashes[i] = -1
        self.used -= 1
        return True

    # -- the operations the methods share -------------------------------------------------
    def add(self, space, w_key):
        self.add_entry(space, w_key, space.hash_w(w_key))

    def contains(self, space, w_key):
        return self.lookup(space, w_key, space.hash_w(w_key)) >= 0

    def discard(self, space, w_key):
        return self.discard_entry(space, w_key, space.hash_w(w_key))

    def merge(self, space, w_other):
        """set_merge: add every element of another set."""
        if w_other is self or w_other.used == 0:
            return
        if (self.fill + w_other.used) * 5 >= self.mask * 3:
            self.resize((self.used + w_other.used) * 2)
        if self.fill == 0 and self.mask == w_other.mask and w_other.fill == w_other.used:
            for i in range(w_other.mask + 1):
                w_key = w_other.keys_w[i]
                if w_key is not None:
                    self.keys_w[i] = w_key
                    self.hashes[i] = w_other.hashes[i]
            self.fill = w_other.fill
            self.used = w_other.used
            return
        if self.fill == 0:
            self.fill = w_other.used
            self.used = w_other.used
            for i in range(w_other.mask + 1):
                w_key = w_other.keys_w[i]
                if w_key is not None and w_key is not DUMMY:
                    self.insert_clean(w_key, w_other.hashes[i])
            return
        for i in range(w_other.mask + 1):
            w_key = w_other.keys_w[i]
            if w_key is not None and w_key is not DUMMY:
                self.add_entry(space, w_key, w_other.hashes[i])

    def update(self, space, w_iterable):
        """set_update_internal."""
        if isinstance(w_iterable, W_SetObject):
            self.merge(space, w_iterable)
            return
        from languages.python.objects.dictobject import W_DictObject
        if isinstance(w_iterable, W_DictObject):
            size = w_iterable.length()
            if (self.fill + size) * 5 >= self.mask * 3:
                self.resize((self.used + size) * 2)
            for w_key in w_iterable.keys_w():
                self.add(space, w_key)
            return
        w_iter = space.iter(w_iterable)
        while True:
            w_item = space.next(w_iter)
            if w_item is None:
                break
            self.add(space, w_item)

    def copy(self, space, frozen):
        w_result = W_SetObject(frozen)
        w_result.merge(space, self)
        return w_result

    def difference_update(self, space, w_other):
        if w_other is self:
            self.clear()
            return
        if isinstance(w_other, W_SetObject):
            for i in range(w_other.mask + 1):
                w_key = w_other.keys_w[i]
                if w_key is not None and w_key is not DUMMY:
                    self.discard_entry(space, w_key, w_other.hashes[i])
        else:
            w_iter = space.iter(w_other)
            while True:
                w_item = space.next(w_iter)
                if w_item is None:
                    break
                self.discard(space, w_item)
        if self.fill - self.used <= self.mask // 4:
            return
        self.resize(self.used * 2 if self.used > 50000 else self.used * 4)

    def symmetric_difference_update(self, space, w_other):
        if w_other is self:
            self.clear()
            return
        if isinstance(w_other, W_SetObject):
            w_o = w_other
        else:
            w_o = W_SetObject(False)
            w_o.update(space, w_other)
        for i in range(w_o.mask + 1):
            w_key = w_o.keys_w[i]
            if w_key is not None and w_key is not DUMMY:
                h = w_o.hashes[i]
                if not self.discard_entry(space, w_key, h):
                    self.add_entry(space, w_key, h)


def new_set(space, frozen, w_iterable):
    w_set = W_SetObject(frozen)
    if w_iterable is not None:
        w_set.update(space, w_iterable)
    return w_set


def set_repr_text(space, w_set, name):
    items_w = w_set.items_w()
    if not items_w:
        return name + "()"
    if space.enter_repr(w_set):
        return name + "(...)"
    try:
        body = "{" + space.join_reprs(items_w) + "}"
    finally:
        space.leave_repr(w_set)
    if name != "set":
        return name + "(" + body + ")"
    return body


def union(space, w_set, w_other):
    w_result = w_set.copy(space, w_set.frozen)
    if w_other is not w_set:
        w_result.update(space, w_other)
    return w_result


def intersection(space, w_set, w_other):
    if w_other is w_set:
        return w_set.copy(space, w_set.frozen)
    w_result = W_SetObject(w_set.frozen)
    if isinstance(w_other, W_SetObject):
        w_big = w_set
        w_small = w_other
        if w_other.used > w_set.used:
            w_big = w_other
            w_small = w_set
        for i in range(w_small.mask + 1):
            w_key = w_small.keys_w[i]
            if w_key is not None and w_key is not DUMMY:
                h = w_small.hashes[i]
                if w_big.lookup(space, w_key, h) >= 0:
                    w_result.add_entry(space, w_key, h)
        return w_result
    w_iter = space.iter(w_other)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        h = space.hash_w(w_item)
        if w_set.lookup(space, w_item, h) >= 0:
            w_result.add_entry(space, w_item, h)
    return w_result


def difference(space, w_set, w_other):
    from languages.python.objects.dictobject import W_DictObject
    if isinstance(w_other, W_SetObject):
        other_size = w_other.used
    elif isinstance(w_other, W_DictObject):
        other_size = w_other.length()
    else:
        other_size = -1
    if other_size < 0 or (w_set.used >> 2) > other_size:
        w_result = w_set.copy(space, w_set.frozen)
        w_result.difference_update(space, w_other)
        return w_result
    w_result = W_SetObject(w_set.frozen)
    for i in range(w_set.mask + 1):
        w_key = w_set.keys_w[i]
        if w_key is not None and w_key is not DUMMY:
            h = w_set.hashes[i]
            if isinstance(w_other, W_SetObject):
                found = w_other.lookup(space, w_key, h) >= 0
            else:
                found = space.contains(w_other, w_key)
            if not found:
                w_result.add_entry(space, w_key, h)
    return w_result


def symmetric_difference(space, w_set, w_other):
    w_result = new_set(space, w_set.frozen, w_other)
    w_result.symmetric_difference_update(space, w_set)
    return w_result


def is_subset(space, w_a, w_b):
    if w_a.used > w_b.used:
        return False
    for w_item in w_a.items_w():
        if not w_b.contains(space, w_item):
            return False
    return True


def as_set(space, w_other):
    if isinstance(w_other, W_SetObject):
        return w_other
    return new_set(space, False, w_other)


def define_common(cd, name):
    @cd.method("__len__")
    def set_len(self, space):
        return space.newint(self.used)

    @cd.method("__contains__")
    def set_contains(self, space, w_item):
        if isinstance(w_item, W_SetObject) and not w_item.frozen:
            w_item = w_item.copy(space, True)      # `{1} in s` looks for frozenset({1})
        return space.newbool(self.contains(space, w_item))

    @cd.method("__iter__")
    def set_iter(self, space):
        return W_SetIterator(self)

    @cd.method("__repr__")
    def set_repr(self, space):
        type_name = space.type(self).name
        return space.newstr(set_repr_text(space, self, type_name))

    def binary(fn, symbol, reflected):
        def method(self, space, w_other):
            if not isinstance(w_other, W_SetObject):
                return space.w_NotImplemented
            if reflected:
                return fn(space, w_other, self)
            return fn(space, self, w_other)
        method.__name__ = "set_" + symbol
        return method

    for symbol, method_name, fn in [("or", "union", union),
                                    ("and", "intersection", intersection),
                                    ("sub", "difference", difference),
                                    ("xor", "symmetric_difference", symmetric_difference)]:
        cd.method("__%s__" % symbol)(binary(fn, symbol, False))
        cd.method("__r%s__" % symbol)(binary(fn, "r" + symbol, True))

        def named(fn, method_name):
            def method(self, space, args_w):
                if not args_w:
                    return self.copy(space, self.frozen)
                w_result = self
                for w_other in args_w:
                    w_result = fn(space, w_result, w_other)
                return w_result
            method.__name__ = "set_" + method_name
            return method
        if method_name == "symmetric_difference":
            def symmetric_difference_method(self, space, w_other):
                return symmetric_difference(space, self, w_other)
            cd.method(method_name)(symmetric_difference_method)
        else:
            cd.method(method_name)(named(fn, method_name))

    def compare(op):
        def method(self, space, w_other):
            if not isinstance(w_other, W_SetObject):
                return space.w_NotImplemented
            a = self.used
            b = w_other.used
            if op == "eq":
                return space.newbool(a == b and is_subset(space, self, w_other))
            if op == "ne":
                return space.newbool(not (a == b and is_subset(space, self, w_other)))
            if op == "le":
                return space.newbool(is_subset(space, self, w_other))
            if op == "lt":
                return space.newbool(a < b and is_subset(space, self, w_other))
            if op == "ge":
                return space.newbool(is_subset(space, w_other, self))
            return space.newbool(a > b and is_subset(space, w_other, self))
        method.__name__ = "set_" + op
        return method

    for op in ["eq", "ne", "le", "lt", "ge", "gt"]:
        cd.method("__%s__" % op)(compare(op))

    @cd.method("issubset")
    def set_issubset(self, space, w_other):
        return space.newbool(is_subset(space, self, as_set(space, w_other)))

    @cd.method("issuperset")
    def set_issuperset(self, space, w_other):
        return space.newbool(is_subset(space, as_set(space, w_other), self))

    @cd.method("isdisjoint")
    def set_isdisjoint(self, space, w_other):
        w_o = as_set(space, w_other)
        for w_item in self.items_w():
            if w_o.contains(space, w_item):
                return space.w_False
        return space.w_True

    @cd.method("copy")
    def set_copy(self, space):
        if self.frozen and space.type(self) is space.w_frozenset:
            return self
        return self.copy(space, self.frozen)


define_common(classdef, "set")
define_common(frozen_classdef, "frozenset")


@classdef.method("__init__")
def set_init(self, space, w_iterable=None):
    self.clear()
    if w_iterable is not None:
        self.update(space, w_iterable)
    return space.w_None


@classdef.method("add")
def set_add(self, space, w_item):
    self.add(space, w_item)
    return space.w_None


@classdef.method("remove")
def set_remove(self, space, w_item):
    if not self.discard(space, w_item):
        raise space.key_error(w_item)
    return space.w_None


@classdef.method("discard")
def set_discard(self, space, w_item):
    self.discard(space, w_item)
    return space.w_None


@classdef.method("pop")
def set_pop(self, space):
    if self.used == 0:
        raise space.error(space.w_KeyError, "pop from an empty set")
    i = self.finger & self.mask
    while self.keys_w[i] is None or self.keys_w[i] is DUMMY:
        i += 1
        if i > self.mask:
            i = 0
    w_key = self.keys_w[i]
    self.keys_w[i] = DUMMY
    self.hashes[i] = -1
    self.used -= 1
    self.finger = i + 1
    assert w_key is not None
    return w_key


@classdef.method("clear")
def set_clear(self, space):
    self.clear()
    return space.w_None


@classdef.method("update")
def set_update(self, space, args_w):
    for w_other in args_w:
        self.update(space, w_other)
    return space.w_None


@classdef.method("difference_update")
def set_difference_update(self, space, args_w):
    for w_other in args_w:
        self.difference_update(space, w_other)
    return space.w_None


def intersection_update(space, w_set, w_other):
    w_result = intersection(space, w_set, w_other)
    w_set.keys_w = w_result.keys_w
    w_set.hashes = w_result.hashes
    w_set.mask = w_result.mask
    w_set.fill = w_result.fill
    w_set.used = w_result.used


@classdef.method("intersection_update")
def set_intersection_update(self, space, args_w):
    for w_other in args_w:
        intersection_update(space, self, w_other)
    return space.w_None


@classdef.method("symmetric_difference_update")
def set_symmetric_difference_update(self, space, w_other):
    self.symmetric_difference_update(space, w_other)
    return space.w_None


@classdef.method("__ior__")
def set_ior(self, space, w_other):
    if not isinstance(w_other, W_SetObject):
        return space.w_NotImplemented
    self.update(space, w_other)
    return self


@classdef.method("__iand__")
def set_iand(self, space, w_other):
    if not isinstance(w_other, W_SetObject):
        return space.w_NotImplemented
    intersection_update(space, self, w_other)
    return self


@classdef.method("__isub__")
def set_isub(self, space, w_other):
    if not isinstance(w_other, W_SetObject):
        return space.w_NotImplemented
    self.difference_update(space, w_other)
    return self


@classdef.method("__ixor__")
def set_ixor(self, space, w_other):
    if not isinstance(w_other, W_SetObject):
        return space.w_NotImplemented
    self.symmetric_difference_update(space, w_other)
    return self


@classdef.method("__hash__")
def set_hash(self, space):
    raise space.error(space.w_TypeError, "unhashable type: '%s'" % space.type(self).name)


def shuffle_bits(h):
    return ((h ^ r_uint(89869747)) ^ (h << 16)) * r_uint(3644798167)


@frozen_classdef.method("__hash__")
def frozenset_hash(self, space):
    """CPython's frozenset hash: xor of shuffled element hashes, then dispersed."""
    h = r_uint(0)
    for i in range(self.mask + 1):
        w_key = self.keys_w[i]
        if w_key is not None and w_key is not DUMMY:
            h ^= shuffle_bits(r_uint(self.hashes[i]))
    h ^= (r_uint(self.used) + 1) * r_uint(1927868237)
    h ^= (h >> 11) ^ (h >> 25)
    h = h * r_uint(69069) + r_uint(907133923)
    result = intmask(h)
    if result == -1:
        result = 590923713
    return space.newint(result)


classdef.exposes(W_SetObject)
frozen_classdef.exposes(W_SetObject)


class W_SetIterator(W_IteratorObject):
    type_name = "set_iterator"

    def __init__(self, w_set):
        self.w_set = w_set
        self.index = 0
        self.expected = w_set.used

    def next_w(self, space):
        w_set = self.w_set
        if w_set is None:
            return None
        if w_set.used != self.expected:
            self.expected = -1
            raise space.error(space.w_RuntimeError, "Set changed size during iteration")
        while self.index <= w_set.mask:
            w_key = w_set.keys_w[self.index]
            self.index += 1
            if w_key is not None and w_key is not DUMMY:
                return w_key
        self.w_set = None
        return None

