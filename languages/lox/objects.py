"""Lox values: clox's Value and Obj kinds as W_ classes on the framework's W_Root.

Numbers are boxed floats, `nil`, `true` and `false` are prebuilt singletons, strings compare
by content (clox interns them).  Classes keep their methods in a framework VersionedDict (an
`@elidable` lookup guarded by a quasi-immutable version) and are the owner of the root map
their instances' fields live on (framework.maps), so a field read in a trace is a map guard
plus an array read.
"""
from rpython.rlib import jit
from rpython.rlib.rfloat import formatd, copysign

from framework.maps import MapStorage, new_root, import_from_mixin
from framework.objspace import W_Root, versioned_dict_class

LoxTable = versioned_dict_class("lox")       # globals and method tables


class W_Value(W_Root):
    def text(self):
        """What `print` shows."""
        raise NotImplementedError


class W_Nil(W_Value):
    def text(self):
        return "nil"


class W_Bool(W_Value):
    _immutable_fields_ = ['value']

    def __init__(self, value):
        self.value = value

    def text(self):
        return "true" if self.value else "false"


class W_Number(W_Value):
    _immutable_fields_ = ['value']

    def __init__(self, value):
        self.value = value

    def text(self):
        return format_number(self.value)


class W_String(W_Value):
    _immutable_fields_ = ['value']

    def __init__(self, value):
        self.value = value

    def text(self):
        return self.value


class W_Function(W_Value):
    """A compiled function as a constant of its parent code (CLOSURE's operand)."""
    _immutable_fields_ = ['code']

    def __init__(self, code):
        self.code = code

    def text(self):
        return "<fn %s>" % self.code.name


class W_Closure(W_Value):
    _immutable_fields_ = ['code', 'upvalues[*]']

    def __init__(self, code, upvalues):
        self.code = code
        self.upvalues = upvalues

    def text(self):
        return "<fn %s>" % self.code.name


class W_Upvalue(object):
    """A captured variable: a frame's stack slot while open, its own cell once closed."""

    def __init__(self, frame, index):
        self.frame = frame
        self.index = index
        self.w_value = None

    def get(self):
        if self.frame is not None:
            return self.frame.slot(self.index)
        return self.w_value

    def set(self, w_value):
        if self.frame is not None:
            self.frame.set_slot(self.index, w_value)
        else:
            self.w_value = w_value

    def close(self):
        self.w_value = self.frame.slot(self.index)
        self.frame = None


class W_Native(W_Value):
    """A built-in function: a framework BuiltinSpec (see builtins.py)."""
    _immutable_fields_ = ['spec']

    def __init__(self, spec):
        self.spec = spec

    def text(self):
        return "<native fn>"


class W_Class(W_Value):
    _immutable_fields_ = ['name', 'methods', 'root_map']

    def __init__(self, name):
        self.name = name
        self.methods = LoxTable()
        self.root_map = new_root(self)

    def find_method(self, name):
        """The closure bound to `name`, or None (folded in traces: see the module doc)."""
        w_method = self.methods.get(name)
        if w_method is None:
            return None
        assert isinstance(w_method, W_Closure)
        return w_method

    def text(self):
        return self.name


class W_Instance(W_Value):
    import_from_mixin(MapStorage)

    def __init__(self, w_class):
        self.init_map_storage(w_class.root_map)

    def getclass(self):
        w_class = jit.promote(self.map).owner
        assert isinstance(w_class, W_Class)
        return w_class

    def text(self):
        return "%s instance" % self.getclass().name


class W_BoundMethod(W_Value):
    _immutable_fields_ = ['w_receiver', 'w_method']

    def __init__(self, w_receiver, w_method):
        self.w_receiver = w_receiver
        self.w_method = w_method

    def text(self):
        return self.w_method.text()


w_nil = W_Nil()
w_true = W_Bool(True)
w_false = W_Bool(False)


def newbool(value):
    return w_true if value else w_false


def is_falsey(w_value):
    return w_value is w_nil or w_value is w_false


def values_equal(w_a, w_b):
    if isinstance(w_a, W_Number) and isinstance(w_b, W_Number):
        return w_a.value == w_b.value
    if isinstance(w_a, W_String) and isinstance(w_b, W_String):
        return w_a.value == w_b.value
    return w_a is w_b


def format_number(value):
    """C's printf("%g"), as clox prints numbers: 1, 1.5, 1e+06, -0, nan, -nan, inf."""
    if value != value:
        return "-nan" if copysign(1.0, value) < 0.0 else "nan"
    return formatd(value, 'g', 6)
