"""Ruby's values.  The implementation hierarchy is not Ruby's (Topaz's rule): Integers,
Floats and Symbols are small boxes without instance storage; every other object that can
hold instance variables keeps them on the kit's maps.  The guest class of a value comes from
the space (`getclass(space)`), or, for plain objects, from the object's `w_class`.
"""
from rpython.rlib import jit
from rpython.rlib.objectmodel import import_from_mixin, compute_identity_hash
from rpython.rlib.rbigint import rbigint

from framework.maps import MapStorage
from framework.objspace import W_Root
from framework.strategies import ValueKinds
from languages.ruby.kit import Map, ClassRecord, OrderedHash


class W_Value(W_Root):
    def getclass(self, space):
        raise NotImplementedError

    def is_true(self):
        return True

    def get_singleton(self):
        return None


class W_Special(W_Value):
    """nil, true and false."""
    _immutable_fields_ = ['name', 'truthy']

    def __init__(self, name, truthy):
        self.name = name
        self.truthy = truthy

    def getclass(self, space):
        if self.name == "nil":
            return space.w_NilClass
        if self.name == "true":
            return space.w_TrueClass
        return space.w_FalseClass

    def is_true(self):
        return self.truthy


w_nil = W_Special("nil", False)
w_true = W_Special("true", True)
w_false = W_Special("false", False)


def newbool(value):
    return w_true if value else w_false


class W_Integer(W_Value):
    _immutable_fields_ = ['value']

    def __init__(self, value):
        self.value = value

    def getclass(self, space):
        return space.w_Integer


class W_BigInt(W_Value):
    _immutable_fields_ = ['big']

    def __init__(self, big):
        self.big = big

    def getclass(self, space):
        return space.w_Integer


def wrap_big(big):
    """A bigint result, narrowed to a machine int when it fits."""
    try:
        return W_Integer(big.toint())
    except OverflowError:
        return W_BigInt(big)


def to_big(w_value):
    if isinstance(w_value, W_Integer):
        return rbigint.fromint(w_value.value)
    assert isinstance(w_value, W_BigInt)
    return w_value.big


class W_Float(W_Value):
    _immutable_fields_ = ['value']

    def __init__(self, value):
        self.value = value

    def getclass(self, space):
        return space.w_Float


class W_Symbol(W_Value):
    _immutable_fields_ = ['name']

    def __init__(self, name):
        self.name = name

    def getclass(self, space):
        return space.w_Symbol


class RubyKinds(ValueKinds):
    """Integers and Floats in instance variables are stored unboxed."""

    def is_int(self, w_value):
        return isinstance(w_value, W_Integer)

    def int_w(self, w_value):
        assert isinstance(w_value, W_Integer)
        return w_value.value

    def wrap_int(self, value):
        return W_Integer(value)

    def is_float(self, w_value):
        return isinstance(w_value, W_Float)

    def float_w(self, w_value):
        assert isinstance(w_value, W_Float)
        return w_value.value

    def wrap_float(self, value):
        return W_Float(value)


class W_Object(W_Value):
    """Any object with instance variables (on a map) and a class of its own choosing."""
    import_from_mixin(MapStorage)
    attr_kinds = RubyKinds()

    def __init__(self, w_class):
        assert w_class is None or isinstance(w_class, W_Module)
        self.w_class = w_class
        self.frozen = False
        self.init_map_storage(w_class.root_map if w_class is not None else None)

    def getclass(self, space):
        return self.w_class

    def get_singleton(self):
        w_class = self.w_class
        if w_class is not None and w_class.is_singleton:
            return w_class
        return None


class W_String(W_Object):
    def __init__(self, space, value):
        W_Object.__init__(self, space.w_String)
        self.value = value


class W_Array(W_Object):
    def __init__(self, space, items_w):
        W_Object.__init__(self, space.w_Array)
        self.items_w = items_w


class W_Hash(W_Object):
    def __init__(self, space):
        W_Object.__init__(self, space.w_Hash)
        self.table = OrderedHash(space.hash_keys)
        self.w_default = w_nil
        self.w_default_proc = None
        self.compare_by_identity = False
        self.is_kwargs_hash = False     # keywords passed on to a built-in as a Hash
        self.iterating = 0              # each-loops running over it: no new keys meanwhile


class W_Range(W_Object):
    def __init__(self, space, w_first, w_last, exclusive):
        W_Object.__init__(self, space.w_Range)
        self.frozen = True                # ranges are frozen since ruby 3.0
        self.w_first = w_first
        self.w_last = w_last
        self.exclusive = exclusive


class W_Exception(W_Object):
    def __init__(self, w_class, w_message):
        W_Object.__init__(self, w_class)
        self.w_message = w_message
        self.backtrace = None           # list of "file:line:in `x'" strings once raised
        self.w_cause = w_nil
        self.w_extra = w_nil            # KeyError#key, StopIteration#result, ...
        self.w_receiver = w_nil         # KeyError#receiver, NameError#receiver
        self.w_args = None              # NoMethodError#args
        self.caught = False             # a rescue took it: its backtrace is complete


class W_Proc(W_Object):
    """A block, proc or lambda: its code and the frame it closes over."""

    def __init__(self, space, code, frame, w_self, is_lambda):
        W_Object.__init__(self, space.w_Proc)
        self.code = code
        self.frame = frame
        self.w_self = w_self
        self.is_lambda = is_lambda
        self.from_method = None       # a Method's to_proc: call the method instead
        self.w_bound_self = None      # instance_exec: self rebound
        self.symbol = ""              # Symbol#to_proc
        self.native = None            # a NativeBlock: a block written in RPython
        self.captured = False         # seen as a value (proc {}, &blk): lambda(&it) keeps it


class W_MethodObject(W_Object):
    def __init__(self, w_class, w_receiver, w_function, name, w_owner):
        W_Object.__init__(self, w_class)
        self.w_receiver = w_receiver
        self.w_function = w_function
        self.name = name
        self.w_owner = as_module(w_owner)


class W_Enumerator(W_Object):
    """`each` without a block: the receiver, the method and its arguments, replayed when
    iterated; external iteration (`next`) walks the elements collected once."""

    def __init__(self, w_class, w_receiver, method, args_w):
        W_Object.__init__(self, w_class)
        self.w_receiver = w_receiver
        self.method = method
        self.args_w = args_w
        self.buffer_w = None
        self.position = 0
        self.w_generator = None       # Enumerator.new { |y| ... }
        self.size_hint = None
        self.w_result = None          # what `each` returned, for StopIteration#result
        self.finished = False


class W_Module(W_Object):
    import_from_mixin(ClassRecord)
    is_singleton = False
    is_class = False

    def __init__(self, w_metaclass, name):
        W_Object.__init__(self, w_metaclass)
        self.root_map = Map(self, [])
        self.includes = []            # modules included here, in order
        self.prepends = []
        self.w_superclass = None
        self.w_attached = None        # a singleton class's object
        self.lexical_parent = None
        self.class_vars = {}
        self.instance_kind = ""       # the built-in layout instances get ("" = W_Object)
        self.extended_modules = []
        self.init_class_record(name, [])

    def compute_ancestors(self):
        result = []
        for i in range(len(self.prepends) - 1, -1, -1):
            for w_m in self.prepends[i].ancestors:
                if w_m not in result:
                    result.append(w_m)
        result.append(self)
        for i in range(len(self.includes) - 1, -1, -1):
            for w_m in self.includes[i].ancestors:
                if w_m not in result:
                    result.append(w_m)
        if self.w_superclass is not None:
            for w_m in self.w_superclass.ancestors:
                if w_m not in result:
                    result.append(w_m)
        return result

    def refresh(self):
        self.ancestors_changed()

    def display_name(self):
        return self.name


class W_Class(W_Module):
    is_class = True

    def __init__(self, w_metaclass, name, w_superclass, is_singleton=False):
        W_Module.__init__(self, w_metaclass, name)
        assert w_superclass is None or isinstance(w_superclass, W_Class)
        self.w_superclass = w_superclass
        self.is_singleton = is_singleton
        if w_superclass is not None:
            self.instance_kind = w_superclass.instance_kind
            w_superclass.add_subclass(self)
        self.ancestors_changed()


# -- methods as the class tables hold them -------------------------------------------------

PUBLIC, PRIVATE, PROTECTED = 0, 1, 2


class W_Function(object):
    """A method in a class's table (not a guest value: a Method object wraps one).  Every
    kind has a name, an owner module and a visibility, all fixed: changing the visibility
    installs a copy (`with_visibility`)."""
    _immutable_fields_ = ['name', 'w_owner', 'visibility']

    def __init__(self, name, w_owner, visibility):
        self.name = name
        self.w_owner = as_module(w_owner)
        self.visibility = visibility

    def arity(self):
        return -1

    def with_visibility(self, visibility):
        raise NotImplementedError


class W_UserMethod(W_Function):
    _immutable_fields_ = ['code', 'cref']

    def __init__(self, code, name, w_owner, cref, visibility):
        W_Function.__init__(self, name, w_owner, visibility)
        self.code = code
        self.cref = cref

    def arity(self):
        return self.code.arity()

    def with_visibility(self, visibility):
        return W_UserMethod(self.code, self.name, self.w_owner, self.cref, visibility)


class W_Builtin(W_Function):
    """A method written in RPython: `func(interp, w_self, args_w, w_block)`."""
    _immutable_fields_ = ['func', 'min_args', 'max_args']

    def __init__(self, name, func, min_args, max_args, w_owner, visibility=PUBLIC):
        W_Function.__init__(self, name, w_owner, visibility)
        self.func = func
        self.min_args = min_args
        self.max_args = max_args

    def arity(self):
        if self.max_args == self.min_args:
            return self.min_args
        return -self.min_args - 1

    def with_visibility(self, visibility):
        return W_Builtin(self.name, self.func, self.min_args, self.max_args, self.w_owner,
                         visibility)


class W_ProcMethod(W_Function):
    """define_method with a block: the block runs with self rebound, as a lambda."""
    _immutable_fields_ = ['w_proc']

    def __init__(self, w_proc, name, w_owner, visibility):
        W_Function.__init__(self, name, w_owner, visibility)
        self.w_proc = w_proc

    def arity(self):
        return self.w_proc.code.arity()

    def with_visibility(self, visibility):
        return W_ProcMethod(self.w_proc, self.name, self.w_owner, visibility)


class W_AttrReader(W_Function):
    _immutable_fields_ = ['ivar']

    def __init__(self, ivar, name, w_owner, visibility):
        W_Function.__init__(self, name, w_owner, visibility)
        self.ivar = ivar

    def arity(self):
        return 0

    def with_visibility(self, visibility):
        return W_AttrReader(self.ivar, self.name, self.w_owner, visibility)


class W_AttrWriter(W_Function):
    _immutable_fields_ = ['ivar']

    def __init__(self, ivar, name, w_owner, visibility):
        W_Function.__init__(self, name, w_owner, visibility)
        self.ivar = ivar

    def arity(self):
        return 1

    def with_visibility(self, visibility):
        return W_AttrWriter(self.ivar, self.name, self.w_owner, visibility)


class W_Undefined(W_Function):
    """undef_method: stops the lookup."""

    def __init__(self, name):
        W_Function.__init__(self, name, None, PUBLIC)

    def with_visibility(self, visibility):
        return self


def as_module(w_value):
    """`w_value` known to the annotator as a module (or None): method owners."""
    assert w_value is None or isinstance(w_value, W_Module)
    return w_value


def identity_hash(w_value):
    return compute_identity_hash(w_value)


class NativeBlock(object):
    """A block written in RPython (collecting an enumerator's values, with_index, curry,
    composition): `call(interp, args_w, w_block)`."""

    def call(self, interp, args_w, w_block):
        raise NotImplementedError


def nonneg(value):
    """`value`, or 0 when negative: an index the annotator knows is non-negative."""
    if value < 0:
        return 0
    return value
