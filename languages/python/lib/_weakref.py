"""CPython's `_weakref`, for now with references that keep their object alive: WeakSet,
WeakValueDictionary and friends work, but never see an object die."""


class ReferenceType:
    def __new__(cls, ob, callback=None):
        self = object.__new__(cls)
        self._referent = ob
        self.__callback__ = callback
        return self

    def __init__(self, ob, callback=None):
        pass

    def __call__(self):
        return self._referent

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._referent == other._referent

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._referent != other._referent

    def __hash__(self):
        return hash(self._referent)

    def __repr__(self):
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(self._referent).__name__,
                                                    id(self._referent))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ref = ReferenceType


class ProxyType:
    def __init__(self, ob, callback=None):
        object.__setattr__(self, "_referent", ob)

    def __getattr__(self, name):
        return getattr(object.__getattribute__(self, "_referent"), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, "_referent"), name, value)


class CallableProxyType(ProxyType):
    def __call__(self, *args, **kwargs):
        return object.__getattribute__(self, "_referent")(*args, **kwargs)


def proxy(ob, callback=None):
    if callable(ob):
        return CallableProxyType(ob, callback)
    return ProxyType(ob, callback)


def getweakrefcount(ob):
    return 0


def getweakrefs(ob):
    return []


def _remove_dead_weakref(d, key):
    try:
        del d[key]
    except KeyError:
        pass
