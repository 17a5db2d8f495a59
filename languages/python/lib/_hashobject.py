"""CPython's built-in hash objects (_md5.md5, _sha256.sha256 ...): the message is kept and
its digest computed by `_hash_core` (languages/python/hashmodule.py) when asked for."""


class HashObject:
    _function = None
    name = ""
    digest_size = 0
    block_size = 64

    def __init__(self, data=b"", *, usedforsecurity=True, string=None):
        self._data = bytearray()
        if string is not None:
            data = string
        if data:
            self.update(data)

    def update(self, data):
        if isinstance(data, str):
            raise TypeError("Strings must be encoded before hashing")
        self._data += data

    def digest(self):
        return type(self)._function(bytes(self._data))

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = object.__new__(type(self))
        other._data = bytearray(self._data)
        return other

    def __repr__(self):
        return "<%s _hashlib.HASH object @ %#x>" % (self.name, id(self))


def make(name, function, digest_size, block_size=64):
    cls = type(name, (HashObject,), {"name": name, "digest_size": digest_size,
                                      "block_size": block_size})
    cls._function = staticmethod(function)
    cls.__module__ = "_" + name
    return cls
