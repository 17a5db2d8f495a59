"""The object-space base and version-tagged lookups.

`W_Root` is the root of every guest value in every language.  It carries no fields: small
ints and floats stay two words.  `VersionedDict` is the mechanism behind fast method and
global lookups: reads go through an `@elidable` function keyed on a quasi-immutable version
object, so the JIT folds a lookup to a constant and guards only on "nobody wrote since".
A write installs a fresh version, which invalidates every trace that folded the old one.
"""
from rpython.rlib import jit


class W_Root(object):
    """Root of every guest value (no attributes: see the module docstring)."""
    __slots__ = ()


class Version(object):
    """Identity-only token; a new one is made on every mutation."""


class VersionedDict(object):
    """A name -> value table whose lookups the JIT constant-folds until it changes.

    Used for class method tables, module globals and anything read far more than written.
    """
    _immutable_fields_ = ['version?']

    def __init__(self):
        self.entries = {}
        self.version = Version()

    def get(self, name):
        return self._lookup(name, jit.promote(self.version))

    @jit.elidable
    def _lookup(self, name, version):
        return self.entries.get(name, None)

    def set(self, name, w_value):
        self.entries[name] = w_value
        self.version = Version()

    def contains(self, name):
        return self.get(name) is not None

    def keys(self):
        return self.entries.keys()


class ObjectSpace(object):
    """Base of each language's space: the one object the interpreter asks about values.

    A language subclass adds its constructors (`newint`, `newstr`...), its coercions
    (`coerce_int`... used by ClassDef wrappers) and `arity_error`, then calls
    `install_builtins` with the specs from its ClassDefs.
    """

    def arity_error(self, name, min_args, max_args, got):
        raise NotImplementedError

    def builtin_class_for(self, classdef):
        """The guest class object made for a ClassDef (built once in the space's setup)."""
        raise NotImplementedError
