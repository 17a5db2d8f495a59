"""Callables: user functions, built-ins, closures, and classes with their members.

A `W_Function` is a declared function or a method as its class holds it (`w_class` is
the class whose body or trait gave it: `self::` and private access go by it).  A closure
is an object of class Closure (`W_Closure`) holding its function, the values it captured
and its bound `$this` and scope.  A `W_Class` keeps methods, constants and static
properties in dictionaries by lower-cased (methods) or exact (others) name, and the
root map its instances' properties live on.
"""
from languages.php.kit import Map
from languages.php.objects import W_Value, W_Object


class W_Callable(W_Value):
    def tname(self):
        return "object"

    def display_name(self):
        raise NotImplementedError


class W_Function(W_Callable):
    """A user function or method.  `statics`: its `static` variables, by slot."""

    def __init__(self, name, code, w_class):
        self.name = name
        self.code = code
        self.w_class = w_class
        self.statics = [None] * (code.nslots if code is not None else 0)
        self.visibility = "public"
        self.is_static = False
        self.is_abstract = False
        self.is_final = False

    def display_name(self):
        if self.w_class is not None and self.name != "{closure}":
            return self.w_class.name + "::" + self.name
        return self.name


class W_Builtin(W_Callable):
    """A built-in function (a FunctionTable spec)."""
    _immutable_fields_ = ['spec', 'name']

    def __init__(self, name, spec):
        self.name = name
        self.spec = spec

    def display_name(self):
        return self.name


class PropInfo(object):
    def __init__(self, name, visibility, w_class, is_static, type_, readonly, code):
        self.name = name
        self.visibility = visibility
        self.w_class = w_class          # the declaring class
        self.is_static = is_static
        self.type = type_
        self.readonly = readonly
        self.code = code                # the default's code, or None
        self.w_default = None


class W_Class(W_Value):
    def __init__(self, name, kind):
        self.name = name
        self.lower_name = name.lower()
        self.kind = kind                # class, interface, trait, enum
        self.w_parent = None
        self.interfaces = []            # every interface, inherited ones too
        self.methods = {}               # lower name -> W_Function/W_BuiltinMethod
        self.consts = {}                # name -> value (evaluated) 
        self.const_codes = {}           # name -> code not yet evaluated
        self.const_order = []
        self.static_props = {}          # name -> W_Reference
        self.props = []                 # PropInfo of instance properties, in order
        self.prop_index = {}
        self.is_abstract = False
        self.is_final = False
        self.is_readonly = False
        self.root_map = Map(self, [])
        self.enum_cases = []            # names, in order
        self.enum_backed = ""
        self.defaults_ready = False
        self.template = None
        self.builtin_kind = 0

    def tname(self):
        return "class"

    def find_method(self, lower):
        return self.methods.get(lower, None)

    def is_subclass_of(self, w_other):
        w_class = self
        while w_class is not None:
            if w_class is w_other:
                return True
            w_class = w_class.w_parent
        for w_iface in self.interfaces:
            if w_iface is w_other:
                return True
        return False

    def find_prop(self, name):
        index = self.prop_index.get(name, -1)
        if index < 0:
            return None
        return self.props[index]


class W_Closure(W_Object):
    def __init__(self, w_class, handle, w_func, w_this, w_scope, values_w):
        W_Object.__init__(self, w_class, handle)
        self.w_func = w_func
        self.w_this = w_this
        self.w_scope = w_scope
        self.captured_w = values_w      # the captured variables, in `use` order


class W_BoundMethod(W_Closure):
    """`$obj->method(...)` and `Class::method(...)` as closures (and Closure::fromCallable)."""
