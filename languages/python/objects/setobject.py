"""set and frozenset: an insertion-ordered r_dict of keys (values unused)."""
from framework.classdef import ClassDef
from languages.python.objects.base import W_Object
from languages.python.objects.dictobject import new_storage

classdef = ClassDef("set")
frozen_classdef = ClassDef("frozenset")


class W_SetObject(W_Object):
    def __init__(self, frozen):
        self.frozen = frozen
        self.storage = new_storage()

    def getclass(self, space):
        if self.frozen:
            return space.w_frozenset
        return space.w_set

    def add(self, w_item):
        self.storage[w_item] = None

    def items_w(self):
        return self.storage.keys()

    def contains(self, w_item):
        return w_item in self.storage


def new_like(space, w_set, items_w):
    w_result = W_SetObject(w_set.frozen)
    for w_item in items_w:
        w_result.add(w_item)
    return w_result


def other_items(space, w_other):
    if isinstance(w_other, W_SetObject):
        return w_other.items_w()
    return space.listview(w_other)


def as_set(space, w_other):
    if isinstance(w_other, W_SetObject):
        return w_other
    w_set = W_SetObject(True)
    for w_item in space.listview(w_other):
        w_set.add(w_item)
    return w_set


def set_repr_text(space, w_set):
    items_w = w_set.items_w()
    name = "frozenset" if w_set.frozen else "set"
    if not items_w:
        return name + "()"
    body = "{" + space.join_reprs(items_w) + "}"
    if w_set.frozen:
        return "frozenset(" + body + ")"
    return body


def union(space, w_set, w_other):
    return new_like(space, w_set, w_set.items_w() + other_items(space, w_other))


def intersection(space, w_set, w_other):
    w_o = as_set(space, w_other)
    return new_like(space, w_set, [w for w in w_set.items_w() if w_o.contains(w)])


def difference(space, w_set, w_other):
    w_o = as_set(space, w_other)
    return new_like(space, w_set, [w for w in w_set.items_w() if not w_o.contains(w)])


def symmetric_difference(space, w_set, w_other):
    w_o = as_set(space, w_other)
    items_w = [w for w in w_set.items_w() if not w_o.contains(w)]
    items_w += [w for w in w_o.items_w() if not w_set.contains(w)]
    return new_like(space, w_set, items_w)


def is_subset(w_a, w_b):
    for w_item in w_a.items_w():
        if not w_b.contains(w_item):
            return False
    return True


def define_common(cd):
    @cd.method("__len__")
    def set_len(self, space):
        return space.newint(len(self.storage))

    @cd.method("__contains__")
    def set_contains(self, space, w_item):
        return space.newbool(self.contains(w_item))

    @cd.method("__iter__")
    def set_iter(self, space):
        return space.newseqiter(space.newlist(self.items_w()))

    @cd.method("__repr__")
    def set_repr(self, space):
        return space.newstr(set_repr_text(space, self))

    def binary(fn, name):
        def method(self, space, w_other):
            if not isinstance(w_other, W_SetObject):
                return space.w_NotImplemented
            return fn(space, self, w_other)
        method.__name__ = "set_" + name
        return method

    for symbol, name, fn in [("or", "union", union), ("and", "intersection", intersection),
                             ("sub", "difference", difference),
                             ("xor", "symmetric_difference", symmetric_difference)]:
        cd.method("__%s__" % symbol)(binary(fn, symbol))

        def named(fn, name):
            def method(self, space, args_w):
                w_result = self
                for w_other in args_w:
                    w_result = fn(space, w_result, w_other)
                if not args_w:
                    w_result = new_like(space, self, self.items_w())
                return w_result
            method.__name__ = "set_" + name
            return method
        cd.method(name)(named(fn, name))

    def compare(name):
        def method(self, space, w_other):
            if not isinstance(w_other, W_SetObject):
                return space.w_NotImplemented
            a = len(self.storage)
            b = len(w_other.storage)
            if name == "eq":
                return space.newbool(a == b and is_subset(self, w_other))
            if name == "ne":
                return space.newbool(not (a == b and is_subset(self, w_other)))
            if name == "le":
                return space.newbool(is_subset(self, w_other))
            if name == "lt":
                return space.newbool(a < b and is_subset(self, w_other))
            if name == "ge":
                return space.newbool(is_subset(w_other, self))
            return space.newbool(a > b and is_subset(w_other, self))
        method.__name__ = "set_" + name
        return method

    for name in ["eq", "ne", "le", "lt", "ge", "gt"]:
        cd.method("__%s__" % name)(compare(name))

    @cd.method("issubset")
    def set_issubset(self, space, w_other):
        return space.newbool(is_subset(self, as_set(space, w_other)))

    @cd.method("issuperset")
    def set_issuperset(self, space, w_other):
        return space.newbool(is_subset(as_set(space, w_other), self))

    @cd.method("isdisjoint")
    def set_isdisjoint(self, space, w_other):
        w_o = as_set(space, w_other)
        for w_item in self.items_w():
            if w_o.contains(w_item):
                return space.w_False
        return space.w_True

    @cd.method("copy")
    def set_copy(self, space):
        return new_like(space, self, self.items_w())


define_common(classdef)
define_common(frozen_classdef)


@classdef.method("add")
def set_add(self, space, w_item):
    self.add(w_item)
    return space.w_None


@classdef.method("remove")
def set_remove(self, space, w_item):
    if not self.contains(w_item):
        raise space.key_error(w_item)
    del self.storage[w_item]
    return space.w_None


@classdef.method("discard")
def set_discard(self, space, w_item):
    if self.contains(w_item):
        del self.storage[w_item]
    return space.w_None


@classdef.method("pop")
def set_pop(self, space):
    if not self.storage:
        raise space.error(space.w_KeyError, "'pop from an empty set'")
    w_item = self.storage.keys()[0]
    del self.storage[w_item]
    return w_item


@classdef.method("clear")
def set_clear(self, space):
    self.storage.clear()
    return space.w_None


@classdef.method("update")
def set_update(self, space, args_w):
    for w_other in args_w:
        for w_item in other_items(space, w_other):
            self.add(w_item)
    return space.w_None


@classdef.method("__ior__")
def set_ior(self, space, w_other):
    for w_item in other_items(space, w_other):
        self.add(w_item)
    return self


@classdef.method("difference_update")
def set_difference_update(self, space, args_w):
    for w_other in args_w:
        for w_item in other_items(space, w_other):
            if self.contains(w_item):
                del self.storage[w_item]
    return space.w_None


@classdef.method("intersection_update")
def set_intersection_update(self, space, args_w):
    for w_other in args_w:
        w_o = as_set(space, w_other)
        for w_item in self.items_w():
            if not w_o.contains(w_item):
                del self.storage[w_item]
    return space.w_None


@classdef.method("__hash__")
def set_hash(self, space):
    raise space.error(space.w_TypeError, "unhashable type: 'set'")


@frozen_classdef.method("__hash__")
def frozenset_hash(self, space):
    h = 1927868237
    for w_item in self.items_w():
        hx = space.hash_w(w_item)
        h ^= (hx ^ (hx << 16) ^ 89869747) * 3644798167
    return space.newint(h * 69069 + 907133923)


classdef.exposes(W_SetObject)
frozen_classdef.exposes(W_SetObject)
