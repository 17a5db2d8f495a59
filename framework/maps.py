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
from rpython.rlib.objectmodel import import_from_mixin  # re-exported for languages


LIMIT = 64


class Map(object):
    _immutable_fields_ = ['index_of', 'transitions', 'size', 'names[*]', 'owner', 'devolved']

    def __init__(self, owner, names, devolved=False):
        self.owner = owner                  # the class object at the root of this map tree
        self.names = names
        self.size = len(names)
        self.devolved = devolved            # attributes live in the object's own dictionary
        self.index_of = {}
        for i in range(len(names)):
            self.index_of[names[i]] = i
        self.transitions = {}
        self.devolved_map = None

    @jit.elidable
    def find(self, name):
        """Index of attribute `name` in the storage, or -1."""
        return self.index_of.get(name, -1)

    @jit.elidable
    def with_attribute(self, name):
        """The map of an object of this map after `name` is added."""
        child = self.transitions.get(name, None)
        if child is None:
            child = self.stamped(self.owner, self.names + [name])
            self.transitions[name] = child
        return child

    @jit.elidable
    def devolve(self):
        """The one devolved map of this map's class."""
        if self.devolved_map is None:
            self.devolved_map = self.stamped(self.owner, [], True)
        return self.devolved_map


class MapStorage(object):
    """Mixin (via import_from_mixin) for instances whose attributes live on a map.

    The class mixing it in must define `map`, `storage_w` and `attrs_w` in its constructor
    through `init_map_storage(root_map)`.  `attrs_w` is the dictionary of a devolved object
    (see the module docstring), None before.
    """

    def init_map_storage(self, root_map):
        self.map = root_map
        self.storage_w = []
        self.attrs_w = None

    def read_attr(self, name):
        """The attribute's value, or None when the object lacks it."""
        current = jit.promote(self.map)
        if current.devolved:
            return self.attrs_w.get(name, None)
        index = current.find(name)
        if index < 0:
            return None
        return self.storage_w[index]

    def write_attr(self, name, w_value):
        current = jit.promote(self.map)
        if current.devolved:
            self.attrs_w[name] = w_value
            return
        index = current.find(name)
        if index >= 0:
            self.storage_w[index] = w_value
        elif current.size < LIMIT:
            self.map = current.with_attribute(name)
            self.storage_w = self.storage_w + [w_value]
        else:
            self.devolve(current)
            self.attrs_w[name] = w_value

    def devolve(self, current):
        attrs_w = OrderedDict()
        for i in range(current.size):
            attrs_w[current.names[i]] = self.storage_w[i]
        self.attrs_w = attrs_w
        self.storage_w = []
        self.map = current.devolve()

    def attr_names(self):
        if self.map.devolved:
            return self.attrs_w.keys()
        return self.map.names


__all__ = ["Map", "MapStorage", "import_from_mixin"]
