"""Callables: user functions, built-ins, closures, and classes with their members.

A `W_Function` is a declared function or a method as its class holds it (`w_class` is
the class whose body or trait gave it: `self::` and private access go by it).  A closure
is an object of class Closure (`W_Closure`) holding its function, the values it captured
and its bound `$this` and scope.  A `W_Class` keeps methods, constants and static
properties in dictionaries by lower-cased (methods) or exact (others) name, and the
root map its instances' properties live on.
"""
from rpython.rlib import jit

from framework.lists import fixed_copy
from languages.php.code import simple_type
from languages.php.kit import Map
from languages.php.objects import W_Value, W_Object


class W_Callable(W_Value):
    def tname(self):
        return "object"

    def display_name(self):
        raise NotImplementedError


class W_Function(W_Callable):
    """A user function or method.  `statics`: its `static` variables, by slot.  Set up
    before anyone can call it, and fixed from then on."""
    _immutable_fields_ = ['name', 'code', 'w_class', 'visibility', 'is_static',
                          'is_abstract', 'is_final', 'statics']

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
    _immutable_fields_ = ['name', 'visibility', 'w_class', 'is_static', 'type', 'readonly',
                          'code', 'type_kind']

    def __init__(self, name, visibility, w_class, is_static, type_, readonly, code):
        self.name = name
        self.visibility = visibility
        self.w_class = w_class          # the declaring class
        self.is_static = is_static
        self.type = type_
        self.type_kind = simple_type(type_)
        self.readonly = readonly
        self.code = code                # the default's code, or None
        self.w_default = None


class ClassVersion(object):
    """Identity-only token, renewed when a class's members change."""


class W_Class(W_Value):
    """Its members are fixed once the class is declared (`frozen`), so in a trace a
    method or property lookup by a constant name on a constant class folds away."""
    _immutable_fields_ = ['version?', 'instance_props?[*]', 'defaults_ready?', 'name', 'kind',
                          'is_abstract', 'root_map', 'w_parent', 'lower_name']

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
        self.const_owners = {}          # name -> the ancestor that declared it
        self.static_props = {}          # name -> W_Reference
        self.props = []                 # PropInfo of instance properties, in order
        self.prop_index = {}
        self.is_abstract = False
        self.is_final = False
        self.allow_dynamic = False      # #[AllowDynamicProperties]
        self.is_readonly = False
        self.root_map = Map(self, [])
        self.enum_cases = []            # names, in order
        self.enum_backed = ""
        self.defaults_ready = False
        self.template = None
        self.builtin_kind = 0
        self.version = ClassVersion()
        self.instance_props = []        # `props` as it was when the class was frozen

    def tname(self):
        return "class"

    def frozen(self):
        """Its members are complete: lookups made before now are stale."""
        self.version = ClassVersion()
        self.instance_props = fixed_copy(self.props)

    def find_method(self, lower):
        w_class = jit.promote(self)
        return w_class.find_method_at(lower, jit.promote(w_class.version))

    @jit.elidable
    def find_method_at(self, lower, version):
        return self.methods.get(lower, None)

    def find_method_lower(self, name):
        """find_method of a name as written (any case)."""
        w_class = jit.promote(self)
        return w_class.find_method_lower_at(name, jit.promote(w_class.version))

    @jit.elidable
    def find_method_lower_at(self, name, version):
        return self.methods.get(name.lower(), None)

    @jit.elidable
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
        w_class = jit.promote(self)
        return w_class.find_prop_at(name, jit.promote(w_class.version))

    @jit.elidable
    def find_prop_at(self, name, version):
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
