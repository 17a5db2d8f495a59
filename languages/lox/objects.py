"""Lox values: clox's Value and Obj kinds as W_ classes on the framework's W_Root.

Numbers are boxed floats, `nil`, `true` and `false` are prebuilt singletons, strings compare
by content (clox interns them).  Classes keep their methods in a framework VersionedDict (an
`@elidable` lookup guarded by a quasi-immutable version) and are the owner of the root map
their instances' fields live on (framework.maps), so a field read in a trace is a map guard
plus an array read.
"""
from rpython.rlib import jit
from framework import interop
from framework.floatformat import format_g

from framework.maps import MapStorage, NoUnboxing, import_from_mixin
from framework.objspace import W_Root
from languages.lox.kit import Map, VersionedDict as LoxTable   # globals and method tables


class W_Value(W_Root):
    """Lox's answers to the interop protocol are beside each class; calls and members are in
    interop.py, which can reach the interpreter."""

    def text(self):
        """What `print` shows."""
        raise NotImplementedError

    def interop_display(self):
        return self.text()


class W_Constant(W_Value):
    """nil, true and false: three prebuilt objects, told apart by identity."""
    _immutable_fields_ = ['name']

    def __init__(self, name):
        self.name = name

    def text(self):
        return self.name

    def interop_kind(self):
        return interop.NULL if self.name == "nil" else interop.BOOLEAN

    def interop_as_bool(self):
        if self.name == "nil":
            raise interop.UnsupportedMessage("as_bool")
        return self.name == "true"


class W_Number(W_Value):
    import_from_mixin(interop.primitive(interop.NUMBER, "value"))
    _immutable_fields_ = ['value']

    def __init__(self, value):
        self.value = value

    def text(self):
        return format_g(self.value)


class W_String(W_Value):
    import_from_mixin(interop.primitive(interop.STRING, "value"))
    _immutable_fields_ = ['value']

    def __init__(self, value):
        self.value = value

    def text(self):
        return self.value


class W_Closure(W_Value):
    """A function and the variables it captured.  The one without upvalues that CLOSURE
    finds among its code's constants stands for clox's ObjFunction."""
    _immutable_fields_ = ['code', 'upvalues[*]']

    def __init__(self, code, upvalues):
        self.code = code
        self.upvalues = upvalues

    def text(self):
        return "<fn %s>" % self.code.name


class W_Cell(W_Value):
    """A captured variable.  CLOSURE moves the variable's value from its stack slot into a
    cell left in the slot, so the frame (through GET/SET_LOCAL) and every closure (through
    its upvalues) share it; clox's open and closed upvalues, without frames escaping."""

    def __init__(self, w_value):
        self.w_value = w_value


class W_Native(W_Value):
    """A built-in function: a BuiltinSpec of Lox's kit (see builtins.py)."""
    _immutable_fields_ = ['spec']

    def __init__(self, spec):
        self.spec = spec

    def text(self):
        return "<native fn>"

    def call(self, space, args_w):
        """The native-call path; interop's W_Foreign (another language's value) overrides it."""
        return self.spec.wrapper(space, None, args_w, None, None)


class W_Class(W_Value):
    _immutable_fields_ = ['name', 'methods', 'root_map']

    def __init__(self, name):
        self.name = name
        self.methods = LoxTable()
        self.root_map = Map(self, [])

    def find_method(self, name):
        """The closure bound to `name`, or None (folded in traces: see the module doc)."""
        w_method = self.methods.get(name)
        assert w_method is None or isinstance(w_method, W_Closure)
        return w_method

    def inherit(self, w_superclass):
        """clox copies the methods down when the class is made (OP_INHERIT)."""
        for name in w_superclass.methods.keys():
            self.methods.set(name, w_superclass.methods.get(name))

    def text(self):
        return self.name


class LoxKinds(NoUnboxing):
    """Numbers in fields are stored unboxed (framework/maps.py)."""

    def is_float(self, w_value):
        return isinstance(w_value, W_Number)

    def float_w(self, w_value):
        assert isinstance(w_value, W_Number)
        return w_value.value

    def wrap_float(self, value):
        return W_Number(value)


class W_Instance(W_Value):
    import_from_mixin(MapStorage)
    attr_kinds = LoxKinds()

    def __init__(self, w_class):
        self.init_map_storage(w_class.root_map)

    def getclass(self):
        return jit.promote(self.map).owner

    def text(self):
        return "%s instance" % self.getclass().name


class W_BoundMethod(W_Value):
    _immutable_fields_ = ['w_receiver', 'w_method']

    def __init__(self, w_receiver, w_method):
        self.w_receiver = w_receiver
        self.w_method = w_method

    def text(self):
        return self.w_method.text()


w_nil = W_Constant("nil")
w_true = W_Constant("true")
w_false = W_Constant("false")


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
