"""PHP values: null, bool, int, float, string, array, object, and the reference cell.

Scalars are immutable boxes (null and the booleans prebuilt).  An array is a `W_Array`
(arrays.py).  A `W_Reference` is not a value but a shared slot: a variable, array element
or property that was bound with `&` holds one, and every holder reads and writes through it.
Objects (W_Object) keep their properties on the kit's maps; their classes are `W_Class`
(classes.py).
"""
from rpython.rlib import jit

from framework import interop
from framework.maps import MapStorage, NoUnboxing, import_from_mixin
from framework.objspace import W_Root


class W_Value(W_Root):
    """Every PHP value (and the reference cell, which the interpreter never leaves on the
    stack as a value)."""

    def tname(self):
        """The type name of gettype()."""
        raise NotImplementedError

    def deref(self):
        return self


class W_Null(W_Value):
    def tname(self):
        return "NULL"

    def interop_kind(self):
        return interop.NULL


class W_Bool(W_Value):
    _immutable_fields_ = ['boolval']

    def __init__(self, boolval):
        self.boolval = boolval

    def tname(self):
        return "boolean"

    def interop_kind(self):
        return interop.BOOLEAN

    def interop_as_bool(self):
        return self.boolval


class W_Int(W_Value):
    _immutable_fields_ = ['intval']

    def __init__(self, intval):
        self.intval = intval

    def interop_kind(self):
        return interop.NUMBER

    def interop_fits_int(self):
        return True

    def interop_as_int(self):
        return self.intval

    def tname(self):
        return "integer"


class W_Float(W_Value):
    import_from_mixin(interop.primitive(interop.NUMBER, "floatval"))
    _immutable_fields_ = ['floatval']

    def __init__(self, floatval):
        self.floatval = floatval

    def tname(self):
        return "double"


class W_String(W_Value):
    import_from_mixin(interop.primitive(interop.STRING, "strval"))
    _immutable_fields_ = ['strval']

    def __init__(self, strval):
        self.strval = strval

    def tname(self):
        return "string"


class W_Reference(W_Value):
    """A slot shared by every variable, element or property bound to it with `&`."""

    def __init__(self, w_value):
        self.w_value = w_value

    def deref(self):
        return self.w_value

    def tname(self):
        return self.w_value.tname()


class PhpKinds(NoUnboxing):
    """Properties are stored boxed (a reference or an uninitialized typed property must
    fit in any slot)."""


class W_Uninit(W_Value):
    """The slot of a typed property not yet given a value: it keeps the property's place
    in the declaration order, and reads as absent."""

    def tname(self):
        return "uninitialized"


class W_Object(W_Value):
    import_from_mixin(MapStorage)
    attr_kinds = PhpKinds()
    read_stored = read_attr

    def read_attr(self, name):
        w_value = self.read_stored(name)
        if isinstance(w_value, W_Uninit):
            return None
        return w_value

    def __init__(self, w_class, handle):
        self.init_map_storage(w_class.root_map)
        self.handle = handle

    def getclass(self):
        return jit.promote(self.map).owner

    def tname(self):
        return "object"


w_null = W_Null()
w_uninit = W_Uninit()
w_true = W_Bool(True)
w_false = W_Bool(False)
w_empty_string = W_String("")
SMALL_INTS = [W_Int(i) for i in range(-5, 257)]


def newbool(value):
    return w_true if value else w_false


def newint(value):
    if -5 <= value <= 256:
        return SMALL_INTS[value + 5]
    return W_Int(value)
