"""Hidden-class maps: attribute name -> storage index, shared by objects built alike.

Every instance points at a `Map`; adding an attribute follows (or creates) a transition to a
child map.  Lookups are `@elidable` on a promoted map, so in a trace an attribute read is a
guard on the map plus an array read, never a dictionary lookup.  A root map is made per class
(`Map(w_class, [])`), so the map also tells the object's class without another field.

`Map` is stamped per language (framework/stamping.py), so `owner` is typed as that language's
class object.
"""
from rpython.rlib import jit
from rpython.rlib.objectmodel import import_from_mixin  # re-exported for languages


class Map(object):
    _immutable_fields_ = ['index_of', 'transitions', 'size', 'names[*]', 'owner']

    def __init__(self, owner, names):
        self.owner = owner                  # the class object at the root of this map tree
        self.names = names
        self.size = len(names)
        self.index_of = {}
        for i in range(len(names)):
            self.index_of[names[i]] = i
        self.transitions = {}

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


class MapStorage(object):
    """Mixin (via import_from_mixin) for instances whose attributes live on a map.

    The class mixing it in must define `map` and `storage_w` in its constructor through
    `init_map_storage(root_map)`.
    """

    def init_map_storage(self, root_map):
        self.map = root_map
        self.storage_w = []

    def read_attr(self, name):
        """The attribute's value, or None when the object lacks it."""
        index = jit.promote(self.map).find(name)
        if index < 0:
            return None
        return self.storage_w[index]

    def write_attr(self, name, w_value):
        current = jit.promote(self.map)
        index = current.find(name)
        if index >= 0:
            self.storage_w[index] = w_value
            return
        self.map = current.with_attribute(name)
        self.storage_w = self.storage_w + [w_value]

    def attr_names(self):
        return self.map.names


__all__ = ["Map", "MapStorage", "import_from_mixin"]
