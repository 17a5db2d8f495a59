"""types.MappingProxyType: the read-only view `C.__dict__` gives (pprint, inspect and
dataclasses tell it from a dict by its type)."""


class mappingproxy:
    __module__ = "builtins"
    __slots__ = ("_mapping",)

    def __new__(cls, mapping):
        if not hasattr(mapping, "keys") or not hasattr(mapping, "__getitem__") or \
                isinstance(mapping, (list, tuple)):
            raise TypeError("mappingproxy() argument must be a mapping, not %s"
                            % type(mapping).__name__)
        self = object.__new__(cls)
        object.__setattr__(self, "_mapping", mapping)
        return self

    def __getitem__(self, key):
        return self._mapping[key]

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __reversed__(self):
        return reversed(self._mapping)

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    __hash__ = None
