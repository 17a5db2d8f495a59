"""Class records: method and constant lookup along the ancestors, folded by the JIT.

Every class-based language looks a method up along an ordered list of ancestors, and each
orders it its own way: Python by C3 over the bases, Ruby with included modules after the
class and prepended ones before it (a singleton class in front of all), PHP with the parent
chain and then the interfaces (trait methods are copied into the class itself).  So the
language computes the list (`compute_ancestors`) and this mixin does the rest:

- `lookup_method(name)` and `lookup_constant(name)` walk the ancestors inside an
  `@elidable` function keyed on the record's quasi-immutable `version`, so in a trace a
  lookup on a promoted class is a constant guarded only by "no class changed";
- every write (`set_method`, `set_constant`, `delete_method`) calls `mutated()`, which makes
  a new version for the record and everything below it (`subclasses`: the classes that
  have it as a base, or include or prepend it), so those traces are invalidated;
- `ancestors_changed()` is the hook for an include/prepend: the record and those below it
  recompute their ancestors and take new versions.

`ClassRecord` holds guest values, so it is stamped per language (framework/kit.py) and
mixed into the language's class object with `import_from_mixin` (the class body must not
define the mixin's names).  The language's class calls `init_class_record` from its
constructor and, when ancestors can change, defines `compute_ancestors()`.
"""
from rpython.rlib import jit

from framework.lists import fixed_copy
from framework.objspace import Version


class ClassRecord(object):
    """Mixin: name, ancestors (the record itself among them, usually first), a method
    table and a constant table, a version and the records to invalidate with it."""
    _immutable_fields_ = ['version?', 'ancestors?[*]']

    def init_class_record(self, name, ancestors):
        self.name = name
        self.ancestors = fixed_copy(ancestors)
        self.methods = {}
        self.constants = {}
        self.subclasses = []
        self.version = Version()

    def add_subclass(self, record):
        """`record` has this one among its ancestors: invalidate it with this one."""
        self.subclasses.append(record)

    def remove_subclass(self, record):
        self.subclasses.remove(record)

    # -- reads: constant in a trace ------------------------------------------------------
    def lookup_method(self, name):
        """The method (or class attribute) `name` along the ancestors, or None."""
        return self._lookup_method(name, jit.promote(self.version))

    @jit.elidable
    def _lookup_method(self, name, version):
        for record in self.ancestors:
            w_value = record.methods.get(name, None)
            if w_value is not None:
                return w_value
        return None

    def lookup_method_after(self, start, name):
        """`name` along the ancestors that follow `start` (super, parent::), or None."""
        return self._lookup_method_after(start, name, jit.promote(self.version))

    @jit.elidable
    def _lookup_method_after(self, start, name, version):
        found_start = False
        for record in self.ancestors:
            if found_start:
                w_value = record.methods.get(name, None)
                if w_value is not None:
                    return w_value
            elif record is start:
                found_start = True
        return None

    def lookup_constant(self, name):
        """The constant `name` along the ancestors, or None."""
        return self._lookup_constant(name, jit.promote(self.version))

    @jit.elidable
    def _lookup_constant(self, name, version):
        for record in self.ancestors:
            w_value = record.constants.get(name, None)
            if w_value is not None:
                return w_value
        return None

    def own_constant(self, name):
        """The constant `name` in this record's own table only, or None."""
        return self._own_constant(name, jit.promote(self.version))

    @jit.elidable
    def _own_constant(self, name, version):
        return self.constants.get(name, None)

    @jit.unroll_safe
    def lookup_constant_lexically(self, lexical_scope, name):
        """Ruby's rule: `self` is the innermost class of the code's lexical scope and
        `lexical_scope` the enclosing ones (innermost first); their own tables are searched
        first, then the ancestors of `self`.  Unrolled: the scope is a code constant."""
        w_value = self.own_constant(name)
        if w_value is not None:
            return w_value
        for record in lexical_scope:
            w_value = jit.promote(record).own_constant(name)
            if w_value is not None:
                return w_value
        return self.lookup_constant(name)

    def has_ancestor(self, record):
        """Whether `record` is among the ancestors (isinstance/issubclass, is_a?)."""
        return self._has_ancestor(record, jit.promote(self.version))

    @jit.elidable
    def _has_ancestor(self, record, version):
        for ancestor in self.ancestors:
            if ancestor is record:
                return True
        return False

    # -- writes: each one invalidates ----------------------------------------------------
    def set_method(self, name, w_value):
        self.methods[name] = w_value
        self.mutated()

    def delete_method(self, name):
        """Remove `name` from this record's own table; False when it was not there."""
        if name not in self.methods:
            return False
        del self.methods[name]
        self.mutated()
        return True

    def set_constant(self, name, w_value):
        self.constants[name] = w_value
        self.mutated()

    def mutated(self):
        """A new version here and below: traces that folded a lookup are invalidated."""
        self.version = Version()
        for record in self.subclasses:
            record.mutated()

    def ancestors_changed(self):
        """An include or prepend changed the chain: recompute it here and below."""
        self.ancestors = fixed_copy(self.compute_ancestors())
        self.version = Version()
        for record in self.subclasses:
            record.ancestors_changed()


class ClassRegistry(object):
    """Name -> class for a language's space (built-in classes, top-level constants):
    registrations are rare, so `get` is elidable on a version that each one renews.
    Stamped per language; ObjectSpace holds one (framework/objspace.py)."""
    _immutable_fields_ = ['version?']

    def __init__(self):
        self.classes = {}
        self.version = Version()

    def register(self, name, w_class):
        self.classes[name] = w_class
        self.version = Version()

    def get(self, name):
        """The class registered as `name`, or None."""
        return self._get(name, jit.promote(self.version))

    @jit.elidable
    def _get(self, name, version):
        return self.classes.get(name, None)

    def names(self):
        return self.classes.keys()
