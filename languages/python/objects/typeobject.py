"""type: classes, built-in and user-defined, on the kit's class record (framework/classtable.py).

The MRO is the record's ancestors (C3, below), the class dict its method table, so
`type(x).lookup('__add__')` is a constant in a trace and any write to a class dict makes a
new version for it and its subclasses.  User instances keep their attributes on maps whose
root is made per class (framework.maps), so an instance needs no class field.
"""
from rpython.rlib.objectmodel import import_from_mixin

from languages.python.kit import ClassDef, ClassRecord, Map
from framework.lists import fixed_copy
from languages.python.objects.base import W_Object

classdef = ClassDef("type")

# What a class's instances are built as, decided by its built-in ancestor.
LAYOUT_OBJECT = 0
LAYOUT_EXCEPTION = 1
LAYOUT_BUILTIN = 2          # instances come from the built-in constructor only


class W_TypeObject(W_Object):
    """`ancestors` is the MRO and `methods` the class __dict__ (ClassRecord's names)."""
    _immutable_fields_ = ['name', 'bases_w[*]', 'layout', 'root_map', 'is_builtin']
    import_from_mixin(ClassRecord)

    def __init__(self, name, bases_w, layout, is_builtin):
        self.bases_w = fixed_copy(bases_w)
        self.layout = layout
        self.is_builtin = is_builtin
        self.root_map = Map(self, [])
        mro_w = compute_mro(self)
        self.mro_ok = mro_w is not None
        if mro_w is None:
            mro_w = [self] + bases_w
        self.init_class_record(name, mro_w)
        if self.mro_ok:           # a class with no MRO is never made: nothing to invalidate
            for w_base in bases_w:
                w_base.add_subclass(self)
        self.builtin_name = ""          # the built-in whose instances this class's are
        self.w_metaclass = None         # a subclass of type, for classes made by one
        self.slot_names = None          # __slots__ along the MRO; None: instances have a dict
        self.module = "builtins"
        self.qualname = name
        self.renamed = None             # a __name__ assigned after creation

    def getclass(self, space):
        if self.w_metaclass is not None:
            return self.w_metaclass
        return space.w_type

    def lookup(self, name):
        """The attribute `name` found along the MRO, or None."""
        return self.lookup_method(name)

    def is_subtype(self, w_other):
        return self.has_ancestor(w_other)

    def __repr__(self):
        return "W_Type(%s)" % self.name


def compute_mro(w_type):
    """C3 linearisation, or None when the bases admit no consistent order."""
    sequences = [[w_base for w_base in w_b.ancestors] for w_b in w_type.bases_w]
    sequences.append([w_base for w_base in w_type.bases_w])
    result = [w_type]
    while True:
        sequences = [seq for seq in sequences if seq]
        if not sequences:
            return result
        candidate = None
        for seq in sequences:
            head = seq[0]
            in_tail = False
            for other in sequences:
                if head in other[1:]:
                    in_tail = True
                    break
            if not in_tail:
                candidate = head
                break
        if candidate is None:
            return None
        result.append(candidate)
        for seq in sequences:
            if seq[0] is candidate:
                del seq[0]


@classdef.method("__repr__")
def type_repr(self, space):
    if self.module == "builtins":
        return space.newstr("<class '%s'>" % self.name)
    return space.newstr("<class '%s.%s'>" % (self.module, self.name))


@classdef.method("__call__")
def type_call(self, space, args_w):
    return space.call_type(self, args_w, None, None)


@classdef.method("mro")
def type_mro(self, space):
    return space.newlist([w for w in self.ancestors])


@classdef.method("__subclasses__")
def type_subclasses(self, space):
    """The classes made with this one among their bases, oldest first."""
    return space.newlist([w_sub for w_sub in self.subclasses
                          if isinstance(w_sub, W_TypeObject) and self in w_sub.bases_w])


@classdef.getter("__name__")
def type_name(self, space):
    if self.renamed is not None:
        return space.newstr(self.renamed)
    return space.newstr(self.name)


@classdef.getter("__qualname__")
def type_qualname(self, space):
    return space.newstr(self.qualname)


@classdef.getter("__module__")
def type_module(self, space):
    return space.newstr(self.module)


@classdef.getter("__mro__")
def type_mro_attr(self, space):
    return space.newtuple([w for w in self.ancestors])


@classdef.getter("__bases__")
def type_bases(self, space):
    return space.newtuple([w for w in self.bases_w])


@classdef.getter("__base__")
def type_base(self, space):
    if self.bases_w:
        return self.bases_w[0]
    return space.w_None


@classdef.getter("__dict__")
def type_dict(self, space):
    w_dict = space.newdict()
    for name, w_value in self.methods.items():
        space.setitem(w_dict, space.newstr(name), w_value)
    return space.call_library("_mappingproxy", "mappingproxy", [w_dict])


classdef.exposes(W_TypeObject)
