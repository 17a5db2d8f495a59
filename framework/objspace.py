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

from framework import interop
from framework.interop import UnsupportedMessage


class W_Root(object):
    """Root of every guest value (no attributes: see the module docstring).

    Its methods are the interop protocol (framework/interop.py): the messages another
    language may send to a value.  Each default raises UnsupportedMessage, except the
    queries (kind, fits_int, identity) and invoke; a language overrides what its values can
    do.  Arguments and results are W_Root; strings are UTF-8.
    """

    def interop_kind(self):
        """One of interop.NULL ... interop.EXCEPTION (a query: by default an opaque object,
        as in Truffle, which answers no other message)."""
        return interop.OBJECT

    def interop_as_bool(self):
        raise UnsupportedMessage("as_bool")

    def interop_fits_int(self):
        """A number that is an integer in its language and fits a machine word (a query,
        so False by default, as Truffle's fitsInInt)."""
        return False

    def interop_as_int(self):
        raise UnsupportedMessage("as_int")

    def interop_as_float(self):
        raise UnsupportedMessage("as_float")

    def interop_as_str(self):
        raise UnsupportedMessage("as_str")

    def interop_call(self, args_w):
        raise UnsupportedMessage("call")

    def interop_call_named(self, args_w, names, named_w):
        """`call` with named arguments after the positional ones (Python's keywords, PHP's
        named arguments): `names[i]` names `named_w[i]`.  By default only a call without
        names is understood."""
        if not names:
            return self.interop_call(args_w)
        raise UnsupportedMessage("call with named arguments")

    def interop_invoke(self, name, args_w):
        """Call the member `name` with this value as its receiver; by default, read the
        member (a bound method) and call it."""
        return self.interop_read_member(name).interop_call(args_w)

    def interop_read_member(self, name):
        raise UnsupportedMessage("read_member")

    def interop_write_member(self, name, w_value):
        raise UnsupportedMessage("write_member")

    def interop_read_index(self, index):
        raise UnsupportedMessage("read_index")

    def interop_write_index(self, index, w_value):
        raise UnsupportedMessage("write_index")

    def interop_read_key(self, w_key):
        raise UnsupportedMessage("read_key")

    def interop_write_key(self, w_key, w_value):
        raise UnsupportedMessage("write_key")

    def interop_size(self):
        """The number of elements of an array or a hash."""
        raise UnsupportedMessage("size")

    def interop_iterate(self):
        """An iterator: a value answering interop_next."""
        raise UnsupportedMessage("iterate")

    def interop_next(self):
        """The iterator's next item, or None when it is exhausted."""
        raise UnsupportedMessage("next")

    def interop_display(self):
        """The text the value's own language prints for it."""
        raise UnsupportedMessage("display")

    def interop_identity(self):
        """The object whose identity this value has: itself (an adapter, the original)."""
        return self


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
        # The table itself is promoted too: a trace's globals are one constant table, and
        # only with every argument constant does the elidable _find fold away.
        table = jit.promote(self)
        cell = table._find(name, jit.promote(table.version))
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
