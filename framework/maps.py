"""Hidden-class maps: attribute name -> storage index, shared by objects built alike.

Every instance points at a `Map`; adding an attribute follows (or creates) a transition to a
child map.  Lookups are `@elidable` on a promoted map, so in a trace an attribute read is a
guard on the map plus an array read, never a dictionary lookup.  A root map is made per class
(`Map(w_class, [])`), so the map also tells the object's class without another field.

An object that gains more than `LIMIT` attributes (a namespace object filled in a loop)
devolves: its map becomes its class's devolved map and its attributes move to an ordered
dictionary of its own (RPython translates OrderedDict), so maps stay few and small; traces of such objects do dictionary lookups.

`Map` is stamped per language (framework/stamping.py), so `owner` is typed as that language's
class object.
"""
from collections import OrderedDict

from rpython.rlib import jit
from rpython.rlib.longlong2float import float2longlong, longlong2float
from rpython.rlib.objectmodel import import_from_mixin  # re-exported for languages

from framework.strategies import ValueKinds


LIMIT = 64
OBJECT, INT, FLOAT = range(3)       # how an attribute is stored


class Map(object):
    """The attribute layout shared by objects built alike: for attribute i, its name, its
    storage kind (boxed, or an unboxed int or float) and its slot: in the boxed list, or in
    the unboxed list that holds ints and floats' bits alike."""
    _immutable_fields_ = ['index_of', 'transitions', 'size', 'names[*]', 'kinds[*]',
                          'slots[*]', 'owner', 'devolved', 'root', 'boxed', 'unboxed']

    def __init__(self, owner, names, kinds=None, root=None, devolved=False):
        self.owner = owner                  # the class object at the root of this map tree
        self.root = root or self
        self.names = names
        self.kinds = kinds or []
        self.size = len(names)
        self.devolved = devolved            # attributes live in the object's own dictionary
        self.slots = [0] * len(names)
        self.boxed = self.unboxed = 0
        self.index_of = {}
        for i in range(len(names)):
            self.index_of[names[i]] = i
            if self.kinds[i] == OBJECT:
                self.slots[i] = self.boxed
                self.boxed += 1
            else:
                self.slots[i] = self.unboxed
                self.unboxed += 1
        self.transitions = {}
        self.devolved_map = None

    @jit.elidable
    def find(self, name):
        """Index of attribute `name` in the layout, or -1."""
        return self.index_of.get(name, -1)

    @jit.elidable
    def with_attribute(self, name, kind):
        """The map of an object of this map after `name` is added, stored as `kind`."""
        key = "%s/%d" % (name, kind)
        child = self.transitions.get(key, None)
        if child is None:
            child = self.stamped(self.owner, self.names + [name], self.kinds + [kind],
                                 self.root)
            self.transitions[key] = child
        return child

    @jit.elidable
    def boxing(self, name):
        """This layout with attribute `name` stored boxed (a value of another kind came)."""
        result = self.root
        for i in range(self.size):
            kind = OBJECT if self.names[i] == name else self.kinds[i]
            result = result.with_attribute(self.names[i], kind)
        return result

    @jit.elidable
    def devolve(self):
        """The one devolved map of this map's class."""
        if self.devolved_map is None:
            self.devolved_map = self.stamped(self.owner, [], None, self.root, True)
        return self.devolved_map


NO_NUMBERS = [0] * 0


class NoUnboxing(ValueKinds):
    """For objects whose attributes are all stored boxed."""

    def is_int(self, w_value):
        return False

    def is_float(self, w_value):
        return False


class MapStorage(object):
    """Mixin (via import_from_mixin) for instances whose attributes live on a map.

    The class mixing it in calls `init_map_storage(root_map)` in its constructor, and may
    set `attr_kinds` to its language's `framework.strategies.ValueKinds` (after the mixin
    line), so that int and float attributes are stored unboxed: a trace that writes
    `self.count += 1` then allocates nothing.  Ints and floats share one list (a float as its
    bits), so that an instance has four fields: its size is most of an allocation-heavy
    program's GC work.  `attrs_w` is the dictionary of a devolved object (see the module
    docstring), None before.
    """
    attr_kinds = NoUnboxing()

    def init_map_storage(self, root_map):
        self.map = root_map
        self.storage_w = []
        self.numbers = NO_NUMBERS       # shared until the first unboxed attribute: a list is
                                        # never written in place before it has a slot
        self.attrs_w = None

    def read_attr(self, name):
        """The attribute's value, or None when the object lacks it."""
        current = jit.promote(self.map)
        if current.devolved:
            return self.attrs_w.get(name, None)
        index = current.find(name)
        if index < 0:
            return None
        return self.read_slot(current, index)

    def read_slot(self, current, index):
        kind = current.kinds[index]
        slot = current.slots[index]
        if kind == INT:
            return self.attr_kinds.wrap_int(self.numbers[slot])
        if kind == FLOAT:
            return self.attr_kinds.wrap_float(longlong2float(self.numbers[slot]))
        return self.storage_w[slot]

    def write_attr(self, name, w_value):
        current = jit.promote(self.map)
        if current.devolved:
            self.attrs_w[name] = w_value
            return
        kind = self.kind_of(w_value)
        index = current.find(name)
        if index < 0:
            if current.size < LIMIT:
                self.add_attr(current.with_attribute(name, kind), kind, w_value)
            else:
                self.devolve(current)
                self.attrs_w[name] = w_value
            return
        stored = current.kinds[index]
        if stored != kind and stored != OBJECT:
            current = current.boxing(name)
            self.relayout(self.map, current)
        self.write_slot(current, index, w_value)

    def kind_of(self, w_value):
        if w_value is not None:
            if self.attr_kinds.is_int(w_value):
                return INT
            if self.attr_kinds.is_float(w_value):
                return FLOAT
        return OBJECT

    def add_attr(self, new_map, kind, w_value):
        self.map = new_map
        if kind == INT:
            self.numbers = self.numbers + [self.attr_kinds.int_w(w_value)]
        elif kind == FLOAT:
            self.numbers = self.numbers + [float2longlong(self.attr_kinds.float_w(w_value))]
        else:
            self.storage_w = self.storage_w + [w_value]

    def relayout(self, current, new_map):
        """Move every attribute to `new_map`'s layout (the same names, other kinds)."""
        values_w = [self.read_slot(current, i) for i in range(current.size)]
        self.map = new_map
        self.storage_w = [None] * new_map.boxed
        self.numbers = [0] * new_map.unboxed
        for i in range(current.size):
            self.write_slot(new_map, i, values_w[i])

    def write_slot(self, current, index, w_value):
        kind = current.kinds[index]
        slot = current.slots[index]
        if kind == INT:
            self.numbers[slot] = self.attr_kinds.int_w(w_value)
        elif kind == FLOAT:
            self.numbers[slot] = float2longlong(self.attr_kinds.float_w(w_value))
        else:
            self.storage_w[slot] = w_value

    def devolve(self, current):
        attrs_w = OrderedDict()
        for i in range(current.size):
            attrs_w[current.names[i]] = self.read_slot(current, i)
        self.attrs_w = attrs_w
        self.storage_w = []
        self.numbers = NO_NUMBERS
        self.map = current.devolve()

    def attr_names(self):
        if self.map.devolved:
            return self.attrs_w.keys()
        return self.map.names


__all__ = ["Map", "MapStorage", "import_from_mixin"]
