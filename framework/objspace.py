"""The object-space base and version-tagged lookups.

`W_Root` is the root of every guest value in every language.  It carries no fields: small
ints and floats stay two words.  `Version` tokens and `VersionedDict` are the mechanism behind fast
method and global lookups: reads go through an `@elidable` function keyed on a
quasi-immutable version object, so the JIT folds a lookup to a constant and guards only on
"nothing changed since".  A change installs a fresh version, which invalidates every trace
that folded the old one.
"""
from rpython.rlib import jit
from rpython.rlib.objectmodel import specialize


class W_Root(object):
    """Root of every guest value (no attributes: see the module docstring)."""


class Version(object):
    """Identity-only token; a new one is made on every mutation."""


class Cell(object):
    """Holds one VersionedDict value; rebinding a name writes here, not into the table."""

    def __init__(self, w_value):
        self.w_value = w_value


class VersionedDict(object):
    """A name -> value table for module globals and other rarely-extended namespaces.

    The table maps names to `Cell`s.  Finding the cell is `@elidable` on a quasi-immutable
    version that changes only when a name is added, so in a trace a global read is one
    field read from a constant cell; rebinding an existing name (a counter at module level)
    invalidates nothing.  Stamped per language with its own Cell (`cell_class`).
    """
    _immutable_fields_ = ['version?']
    cell_class = Cell

    def __init__(self):
        self.cells = {}
        self.version = Version()

    def get(self, name):
        cell = self._find(name, jit.promote(self.version))
        if cell is None:
            return None
        return cell.w_value

    @jit.elidable
    def _find(self, name, version):
        return self.cells.get(name, None)

    def set(self, name, w_value):
        cell = self._find(name, jit.promote(self.version))
        if cell is None:
            self.cells[name] = self.cell_class(w_value)
            self.version = Version()
        else:
            cell.w_value = w_value

    def contains(self, name):
        return self.get(name) is not None

    def keys(self):
        return [name for name, cell in self.cells.items() if cell.w_value is not None]


class ObjectSpace(object):
    """Base of each language's space: the one object the interpreter asks about values.

    A language subclass adds its constructors (`newint`, `newstr`...), its coercions
    (`coerce_int`... used by ClassDef wrappers) and `arity_error`, then calls
    `install_builtins` with the specs from its ClassDefs.

    A space that names its classes installs a class registry (its stamped
    `ClassRegistry`, framework/classtable.py) and registers them there: name -> class,
    with a version-tagged lookup.  The methods below are specialised on the space's class,
    so each language's space keeps a registry field typed with its own classes.
    """

    @specialize.argtype(0)
    def install_class_registry(self, registry):
        self.class_registry = registry

    @specialize.argtype(0)
    def register_class(self, name, w_class):
        self.class_registry.register(name, w_class)

    @specialize.argtype(0)
    def lookup_class(self, name):
        """The class registered as `name`, or None."""
        return self.class_registry.get(name)

    @specialize.argtype(0)
    def class_names(self):
        return self.class_registry.names()

    def arity_error(self, name, min_args, max_args, got):
        raise NotImplementedError

    def builtin_class_for(self, classdef):
        """The guest class object made for a ClassDef (built once in the space's setup)."""
        raise NotImplementedError
