"""The object space: Ruby's class tree, and the operations every part of the VM asks of a
value (its class, truth, equality, hashing, inspect and to_s, instance, class and global
variables, constants, method definition, errors worded as ruby words them).

A space is made for each run (`Space()`), so one program's reopened classes never leak
into the next; the built-in methods (builtins/*.py) and the prelude (prelude.rb) are
installed into it.
"""
import math

from rpython.rlib import jit
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rfloat import isfinite, INFINITY, NAN
from rpython.rlib.objectmodel import compute_identity_hash

from framework.floatformat import decimal_digits, exponent_notation, fixed_notation, is_negative
from framework.mt19937 import MersenneTwister
from rpython.rlib.rarithmetic import intmask
from languages.ruby.natives import (Collector, ArrayCollector, Indexer, Curry, Composition,
                                    StopCollecting)
from framework.orderedhash import HashKeys, KEY_INT, KEY_STR, KEY_OTHER, NOT_AN_INDEX
from languages.ruby.constants import symbol
from languages.ruby.errors import RubyError
from languages.ruby.objects import (nonneg, W_Value, W_Object, W_Special, W_Integer, W_BigInt,
                                    W_Float, W_String, W_Symbol, W_Array, W_Hash, W_Range,
                                    W_Proc, W_Module, W_Class, W_Exception, W_MethodObject,
                                    W_Enumerator, W_Function, W_UserMethod, W_Builtin,
                                    W_AttrReader, W_AttrWriter, W_Undefined, w_nil, w_true,
                                    w_false, newbool, PUBLIC, PRIVATE, PROTECTED)
from languages.ruby.regexp import W_Regexp, W_MatchData, compile_regexp, RegexpSyntaxError

EXCEPTION_TREE = [
    ("NoMemoryError", "Exception"), ("ScriptError", "Exception"),
    ("LoadError", "ScriptError"), ("NotImplementedError", "ScriptError"),
    ("SyntaxError", "ScriptError"), ("SecurityError", "Exception"),
    ("SignalException", "Exception"), ("Interrupt", "SignalException"),
    ("SystemExit", "Exception"), ("SystemStackError", "Exception"),
    ("StandardError", "Exception"), ("ArgumentError", "StandardError"),
    ("UncaughtThrowError", "ArgumentError"), ("EncodingError", "StandardError"),
    ("FiberError", "StandardError"), ("IOError", "StandardError"), ("EOFError", "IOError"),
    ("IndexError", "StandardError"), ("KeyError", "IndexError"),
    ("StopIteration", "IndexError"), ("ClosedQueueError", "StopIteration"),
    ("LocalJumpError", "StandardError"), ("NameError", "StandardError"),
    ("NoMethodError", "NameError"), ("RangeError", "StandardError"),
    ("FloatDomainError", "RangeError"), ("RegexpError", "StandardError"),
    ("RuntimeError", "StandardError"), ("FrozenError", "RuntimeError"),
    ("SystemCallError", "StandardError"), ("ThreadError", "StandardError"),
    ("TypeError", "StandardError"), ("ZeroDivisionError", "StandardError"),
    ("NoMatchingPatternError", "StandardError"),
    ("NoMatchingPatternKeyError", "NoMatchingPatternError"),
]


class RubyHashKeys(HashKeys):
    """Hash keys compare with eql? and hash (1 and 1.0 are different keys)."""

    def __init__(self, space):
        self.space = space

    def eq(self, w_a, w_b):
        return self.space.eql(w_a, w_b)

    def hash(self, w_key):
        return self.space.hash_value(w_key)

    def key_kind(self, w_key):
        if isinstance(w_key, W_Integer):
            return KEY_INT
        if isinstance(w_key, W_String) and w_key.w_class is self.space.w_String:
            return KEY_STR
        return KEY_OTHER

    def int_w(self, w_key):
        assert isinstance(w_key, W_Integer)
        return w_key.value

    def wrap_int(self, value):
        return W_Integer(value)

    def str_w(self, w_key):
        assert isinstance(w_key, W_String)
        return w_key.value

    def wrap_str(self, value):
        w_str = self.space.newstr(value)
        w_str.frozen = True
        return w_str

    def index_of_other(self, w_key):
        return NOT_AN_INDEX

    def other_may_equal_str(self, w_key):
        return isinstance(w_key, W_String)


class Space(object):
    def __init__(self):
        self.hash_keys = RubyHashKeys(self)
        self.globals = {}
        self.gvar_aliases = {}
        self.interp = None
        self.filename = "-"
        self.loaded_files = {}
        self.at_exit_blocks = []
        self.random_seed = 0
        self.random = MersenneTwister()
        self.inspecting = []
        self.catch_tags = []
        self.w_String = None
        self.w_Class = None
        self.bootstrap()

    # -- the class tree -------------------------------------------------------------------
    def bootstrap(self):
        self.w_BasicObject = W_Class(None, "BasicObject", None)
        self.w_Object = W_Class(None, "Object", self.w_BasicObject)
        self.w_Module = W_Class(None, "Module", self.w_Object)
        self.w_Class = W_Class(None, "Class", self.w_Module)
        for w_class in [self.w_BasicObject, self.w_Object, self.w_Module, self.w_Class]:
            self.make_metaclass(w_class)
            w_class.init_map_storage(self.w_Class.root_map)
        for w_class in [self.w_BasicObject, self.w_Object, self.w_Module, self.w_Class]:
            self.w_Object.constants[w_class.name] = w_class
        self.w_Kernel = self.define_module("Kernel")
        self.w_Comparable = self.define_module("Comparable")
        self.w_Enumerable = self.define_module("Enumerable")
        self.w_Math = self.define_module("Math")
        self.w_Object.includes.append(self.w_Kernel)
        self.w_Kernel.add_subclass(self.w_Object)
        self.w_Object.ancestors_changed()
        self.w_NilClass = self.define_class("NilClass")
        self.w_TrueClass = self.define_class("TrueClass")
        self.w_FalseClass = self.define_class("FalseClass")
        self.w_Numeric = self.define_class("Numeric")
        self.include_module(self.w_Numeric, self.w_Comparable)
        self.w_Integer = self.define_class("Integer", self.w_Numeric)
        self.w_Float = self.define_class("Float", self.w_Numeric)
        self.w_String = self.define_class("String")
        self.w_String.instance_kind = "string"
        self.include_module(self.w_String, self.w_Comparable)
        self.w_Symbol = self.define_class("Symbol")
        self.include_module(self.w_Symbol, self.w_Comparable)
        self.w_Array = self.define_class("Array")
        self.w_Array.instance_kind = "array"
        self.include_module(self.w_Array, self.w_Enumerable)
        self.w_Hash = self.define_class("Hash")
        self.w_Hash.instance_kind = "hash"
        self.include_module(self.w_Hash, self.w_Enumerable)
        self.w_Range = self.define_class("Range")
        self.include_module(self.w_Range, self.w_Enumerable)
        self.w_Proc = self.define_class("Proc")
        self.w_Method = self.define_class("Method")
        self.w_UnboundMethod = self.define_class("UnboundMethod")
        self.w_Enumerator = self.define_class("Enumerator")
        self.include_module(self.w_Enumerator, self.w_Enumerable)
        self.w_Lazy = self.make_class("Enumerator::Lazy", self.w_Object)
        self.w_Enumerator.set_constant("Lazy", self.w_Lazy)
        self.w_Yielder = self.make_class("Enumerator::Yielder", self.w_Object)
        self.w_Enumerator.set_constant("Yielder", self.w_Yielder)
        self.w_Regexp = self.define_class("Regexp")
        self.w_MatchData = self.define_class("MatchData")
        self.w_IO = self.define_class("IO")
        self.w_Time = self.define_class("Time")
        self.w_Random = self.define_class("Random")
        self.w_Process = self.define_module("Process")
        self.w_Process.set_constant("CLOCK_MONOTONIC", W_Integer(1))
        self.w_Struct = self.define_class("Struct")
        self.w_Exception = self.define_class("Exception")
        self.w_Exception.instance_kind = "exception"
        for name, parent in EXCEPTION_TREE:
            w_parent = self.w_Object.lookup_constant(parent)
            assert isinstance(w_parent, W_Class)
            w_class = self.define_class(name, w_parent)
            setattr_class(self, name, w_class)
        w_domain = self.make_class("Math::DomainError", self.w_StandardError)
        self.w_Math.set_constant("DomainError", w_domain)
        self.w_DomainError = w_domain
        self.w_main = W_Object(self.w_Object)
        self.w_stdout = W_Object(self.w_IO)
        self.w_stderr = W_Object(self.w_IO)
        self.w_stdin = W_Object(self.w_IO)
        self.w_Object.set_constant("STDOUT", self.w_stdout)
        self.w_Object.set_constant("STDERR", self.w_stderr)
        self.w_Object.set_constant("STDIN", self.w_stdin)
        self.globals["$stdout"] = self.w_stdout
        self.globals["$stderr"] = self.w_stderr
        self.globals["$stdin"] = self.w_stdin
        self.globals["$,"] = w_nil
        self.globals["$/"] = self.newstr("\n")
        self.w_Float.set_constant("INFINITY", W_Float(INFINITY))
        self.w_Float.set_constant("NAN", W_Float(NAN))
        self.w_Float.set_constant("EPSILON", W_Float(2.220446049250313e-16))
        self.w_Float.set_constant("MAX", W_Float(1.7976931348623157e+308))
        self.w_Float.set_constant("MIN", W_Float(2.2250738585072014e-308))
        self.w_Float.set_constant("DIG", W_Integer(15))
        self.w_Math.set_constant("PI", W_Float(math.pi))
        self.w_Math.set_constant("E", W_Float(math.e))
        self.w_Object.set_constant("RUBY_VERSION", self.newstr("3.1.7"))
        self.w_Object.set_constant("ARGV", self.newarray([]))
        self.w_Object.set_constant("ENV", self.newhash())

    def make_metaclass(self, w_class):
        w_super_meta = self.w_Class
        if w_class.w_superclass is not None:
            w_candidate = w_class.w_superclass.w_class
            if isinstance(w_candidate, W_Class):
                w_super_meta = w_candidate
        w_meta = W_Class(self.w_Class, "#<Class:%s>" % w_class.name, w_super_meta, True)
        w_meta.w_attached = w_class
        w_class.w_class = w_meta
        return w_meta

    def make_class(self, name, w_superclass):
        w_class = W_Class(self.w_Class, name, w_superclass)
        self.make_metaclass(w_class)
        return w_class

    def define_class(self, name, w_superclass=None):
        w_class = self.make_class(name, w_superclass or self.w_Object)
        self.w_Object.set_constant(name, w_class)
        return w_class

    def define_module(self, name):
        w_module = W_Module(self.w_Module, name)
        w_module.ancestors_changed()
        self.w_Object.set_constant(name, w_module)
        return w_module

    def include_module(self, w_class, w_module):
        assert isinstance(w_module, W_Module)
        if w_module in w_class.ancestors:
            return
        w_class.includes.append(w_module)
        w_module.add_subclass(w_class)
        w_class.ancestors_changed()

    def prepend_module(self, w_class, w_module):
        assert isinstance(w_module, W_Module)
        if w_module in w_class.prepends:
            return
        w_class.prepends.append(w_module)
        w_module.add_subclass(w_class)
        w_class.ancestors_changed()

    def getclass(self, w_value):
        assert isinstance(w_value, W_Value)
        w_class = w_value.getclass(self)
        assert isinstance(w_class, W_Module)
        return w_class

    def class_of(self, w_value):
        """The non-singleton class (`obj.class`)."""
        w_class = self.getclass(w_value)
        while w_class.is_singleton and w_class.w_superclass is not None:
            w_next = w_class.w_superclass
            assert isinstance(w_next, W_Module)
            w_class = w_next
        return w_class

    def class_name(self, w_value):
        return self.class_of(w_value).name

    def singleton_class(self, w_value):
        if isinstance(w_value, W_Module):
            w_class = w_value.w_class
            if w_class is not None and w_class.is_singleton and w_class.w_attached is w_value:
                return w_class
            w_base = self.w_Module
            if isinstance(w_class, W_Class):
                w_base = w_class
            w_meta = W_Class(self.w_Class, "#<Class:%s>" % w_value.name, w_base, True)
            w_meta.w_attached = w_value
            w_value.w_class = w_meta
            return w_meta
        if isinstance(w_value, W_Object):
            w_class = w_value.w_class
            if w_class.is_singleton and w_class.w_attached is w_value:
                return w_class
            assert isinstance(w_class, W_Class)
            w_single = W_Class(self.w_Class, "#<Class:%s>" % self.inspect(w_value),
                               w_class, True)
            w_single.w_attached = w_value
            w_single.instance_kind = w_class.instance_kind
            w_value.w_class = w_single
            return w_single
        raise self.type_error("can't define singleton")

    def is_kind_of(self, w_value, w_module):
        return self.getclass(w_value).has_ancestor(w_module)

    # -- values ---------------------------------------------------------------------------
    def newstr(self, value):
        return W_String(self, value)

    def newarray(self, items_w):
        return W_Array(self, items_w)

    def newhash(self):
        return W_Hash(self)

    def newint(self, value):
        return W_Integer(value)

    def newregexp(self, source, flags):
        try:
            return W_Regexp(self.w_Regexp, source, flags, compile_regexp(source, flags))
        except RegexpSyntaxError as e:
            raise self.error(self.w_RegexpError, e.message)

    def is_true(self, w_value):
        return w_value.is_true()

    def hash_set(self, w_hash, w_key, w_value):
        assert isinstance(w_hash, W_Hash)
        if isinstance(w_key, W_String) and not w_key.frozen and \
                w_key.w_class is self.w_String:
            pass        # the string strategy keeps its own copy of the text
        elif isinstance(w_key, W_String) and not w_key.frozen:
            w_copy = self.newstr(w_key.value)
            w_copy.frozen = True
            w_key = w_copy
        w_hash.table.set(w_key, w_value)

    def hash_get(self, w_hash, w_key):
        """The value stored (default not applied), or None."""
        assert isinstance(w_hash, W_Hash)
        return w_hash.table.get(w_key)

    # -- errors ---------------------------------------------------------------------------
    def new_exception(self, w_class, message):
        return W_Exception(w_class, self.newstr(message))

    def error(self, w_class, message):
        return RubyError(self.new_exception(w_class, message))

    def type_error(self, message):
        return self.error(self.w_TypeError, message)

    def argument_error(self, message):
        return self.error(self.w_ArgumentError, message)

    def arity_error(self, given, low, high):
        if high < 0:
            expected = "%d+" % low
        elif high == low:
            expected = "%d" % low
        else:
            expected = "%d..%d" % (low, high)
        return self.argument_error("wrong number of arguments (given %d, expected %s)" %
                                   (given, expected))

    def describe_receiver(self, w_value):
        if w_value is self.w_main:
            return "main:Object"
        if w_value is w_nil:
            return "nil"
        if w_value is w_true:
            return "true"
        if w_value is w_false:
            return "false"
        if isinstance(w_value, W_Module):
            if w_value.is_class:
                return "class %s" % w_value.name
            return "module %s" % w_value.name
        if isinstance(w_value, W_Integer) or isinstance(w_value, W_Float) or \
                isinstance(w_value, W_BigInt) or isinstance(w_value, W_String) or \
                isinstance(w_value, W_Symbol) or isinstance(w_value, W_Array) or \
                isinstance(w_value, W_Hash) or isinstance(w_value, W_Range):
            return "an instance of %s" % self.class_name(w_value)
        return "an instance of %s" % self.class_name(w_value)

    def describe_receiver_31(self, w_value):
        """ruby 3.1's wording: `nil:NilClass`, `5:Integer`, `main:Object`, `#<Foo>`."""
        if w_value is self.w_main:
            return "main:Object"
        if isinstance(w_value, W_Special) or isinstance(w_value, W_Integer) or \
                isinstance(w_value, W_Float) or isinstance(w_value, W_String) or \
                isinstance(w_value, W_Symbol) or isinstance(w_value, W_Array) or \
                isinstance(w_value, W_Hash) or isinstance(w_value, W_Range) or \
                isinstance(w_value, W_BigInt):
            return "%s:%s" % (self.inspect(w_value), self.class_name(w_value))
        if isinstance(w_value, W_Module):
            return "%s:%s" % (w_value.name, "Class" if w_value.is_class else "Module")
        text = self.inspect(w_value)
        if len(text) > 65:
            return self.any_to_s(w_value)
        return text

    def no_method_error(self, w_recv, name, what):
        w_exc = self.new_exception(self.w_NoMethodError, "%s `%s' for %s" % (
            what, name, self.describe_receiver_31(w_recv)))
        w_exc.w_extra = symbol(name)
        w_exc.w_receiver = w_recv
        return RubyError(w_exc)

    def dig_further(self, w_value, args_w):
        """`dig` on through a value found on the way (Hash, Array, Struct: any with dig)."""
        if not self.interp.respond_to(w_value, "dig"):
            raise self.type_error("%s does not have #dig method" % self.class_name(w_value))
        return self.interp.send(w_value, "dig", args_w)

    def visibility_error(self, w_recv, name, private):
        w_exc = self.new_exception(self.w_NoMethodError, "%s method `%s' called for %s" % (
            "private" if private else "protected", name, self.describe_receiver_31(w_recv)))
        w_exc.w_extra = symbol(name)
        return RubyError(w_exc)

    def name_error_undefined(self, w_recv, name):
        w_exc = self.new_exception(self.w_NameError,
                                   "undefined local variable or method `%s' for %s" % (
                                       name, self.describe_receiver_31(w_recv)))
        w_exc.w_extra = symbol(name)
        w_exc.w_receiver = w_recv
        return RubyError(w_exc)

    def frozen_error(self, w_value):
        return self.error(self.w_FrozenError, "can't modify frozen %s: %s" % (
            self.class_name(w_value), self.inspect(w_value)))

    def check_frozen(self, w_value):
        if isinstance(w_value, W_Object) and w_value.frozen:
            raise self.frozen_error(w_value)

    def make_raise(self, w_value):
        return RubyError(w_value)

    # -- conversions ----------------------------------------------------------------------
    def str_w(self, w_value):
        """The text of a String (TO_S has made sure of one)."""
        if isinstance(w_value, W_String):
            return w_value.value
        return self.to_s(w_value)

    def expect_str(self, w_value):
        if isinstance(w_value, W_String):
            return w_value.value
        raise self.type_error("no implicit conversion of %s into String" %
                              self.type_name_for_conversion(w_value))

    def type_name_for_conversion(self, w_value):
        if w_value is w_nil:
            return "nil"
        if w_value is w_true:
            return "true"
        if w_value is w_false:
            return "false"
        return self.class_name(w_value)

    def expect_int(self, w_value):
        if isinstance(w_value, W_Integer):
            return w_value.value
        if isinstance(w_value, W_Float):
            if not isfinite(w_value.value):
                raise self.error(self.w_FloatDomainError, float_to_s(w_value.value))
            return int(w_value.value)
        if isinstance(w_value, W_BigInt):
            raise self.error(self.w_RangeError, "bignum too big to convert into `long'")
        raise self.type_error("no implicit conversion of %s into Integer" %
                              self.type_name_for_conversion(w_value))

    def expect_float(self, w_value):
        if isinstance(w_value, W_Float):
            return w_value.value
        if isinstance(w_value, W_Integer):
            return float(w_value.value)
        if isinstance(w_value, W_BigInt):
            return w_value.big.tofloat()
        if w_value is w_nil:
            raise self.type_error("can't convert nil into Float")
        raise self.type_error("can't convert %s into Float" % self.class_name(w_value))

    def splat_to_array(self, w_value):
        if isinstance(w_value, W_Array):
            return self.newarray(list(w_value.items_w))
        if w_value is w_nil:
            return self.newarray([])
        if isinstance(w_value, W_Hash):
            return self.newarray(self.hash_pairs(w_value))
        if isinstance(w_value, W_Range) or isinstance(w_value, W_Enumerator) or \
                (isinstance(w_value, W_Object) and self.interp.respond_to(w_value, "to_a")):
            w_array = self.interp.send(w_value, "to_a", [])
            if isinstance(w_array, W_Array):
                return self.newarray(list(w_array.items_w))
        return self.newarray([w_value])

    def expand_for_assignment(self, w_value):
        if isinstance(w_value, W_Array):
            return w_value.items_w
        if isinstance(w_value, W_Object) and not isinstance(w_value, W_String) and \
                self.interp.respond_to(w_value, "to_ary"):
            w_array = self.interp.send(w_value, "to_ary", [])
            if isinstance(w_array, W_Array):
                return w_array.items_w
        return [w_value]

    def hash_pairs(self, w_hash):
        assert isinstance(w_hash, W_Hash)
        result = []
        table = w_hash.table
        position = table.next_position(0)
        while position >= 0:
            result.append(self.newarray([table.key_at(position), table.value_at(position)]))
            position = table.next_position(position + 1)
        return result

    # -- equality and hashing -------------------------------------------------------------
    def eq(self, w_a, w_b):
        if w_a is w_b:
            return True
        if isinstance(w_a, W_Integer):
            if isinstance(w_b, W_Integer):
                return w_a.value == w_b.value
            if isinstance(w_b, W_Float):
                return float(w_a.value) == w_b.value
            if isinstance(w_b, W_Object) and not isinstance(w_b, W_String) and \
                    not isinstance(w_b, W_Array) and not isinstance(w_b, W_Hash):
                return self.interp.send(w_b, "==", [w_a]).is_true()
            return False
        if isinstance(w_a, W_Float):
            if isinstance(w_b, W_Float):
                return w_a.value == w_b.value
            if isinstance(w_b, W_Integer):
                return w_a.value == float(w_b.value)
            if isinstance(w_b, W_BigInt):
                return w_a.value == w_b.big.tofloat()
            return False
        if isinstance(w_a, W_BigInt):
            if isinstance(w_b, W_BigInt):
                return w_a.big.eq(w_b.big)
            if isinstance(w_b, W_Float):
                return w_a.big.tofloat() == w_b.value
            return False
        if isinstance(w_a, W_String) and isinstance(w_b, W_String):
            return w_a.value == w_b.value
        if isinstance(w_a, W_Symbol) or isinstance(w_a, W_Special):
            return False
        if isinstance(w_a, W_Array) and isinstance(w_b, W_Array) and \
                self.getclass(w_a).lookup_method("==") is self.w_Array.lookup_method("=="):
            if len(w_a.items_w) != len(w_b.items_w):
                return False
            for i in range(len(w_a.items_w)):
                if not self.eq(w_a.items_w[i], w_b.items_w[i]):
                    return False
            return True
        return self.interp.send(w_a, "==", [w_b]).is_true()

    def eql(self, w_a, w_b):
        if w_a is w_b:
            return True
        if isinstance(w_a, W_Integer):
            return isinstance(w_b, W_Integer) and w_a.value == w_b.value
        if isinstance(w_a, W_Float):
            return isinstance(w_b, W_Float) and w_a.value == w_b.value
        if isinstance(w_a, W_BigInt):
            return isinstance(w_b, W_BigInt) and w_a.big.eq(w_b.big)
        if isinstance(w_a, W_String):
            return isinstance(w_b, W_String) and w_a.value == w_b.value
        if isinstance(w_a, W_Symbol) or isinstance(w_a, W_Special):
            return False
        if isinstance(w_a, W_Array):
            if not isinstance(w_b, W_Array) or len(w_a.items_w) != len(w_b.items_w):
                return False
            for i in range(len(w_a.items_w)):
                if not self.eql(w_a.items_w[i], w_b.items_w[i]):
                    return False
            return True
        if isinstance(w_a, W_Hash):
            return isinstance(w_b, W_Hash) and self.eq(w_a, w_b)
        return self.interp.send(w_a, "eql?", [w_b]).is_true()

    def hash_value(self, w_value):
        if isinstance(w_value, W_Integer):
            return w_value.value * 1000003
        if isinstance(w_value, W_Float):
            return compute_float_hash(w_value.value)
        if isinstance(w_value, W_BigInt):
            return w_value.big.hash()
        if isinstance(w_value, W_String):
            return string_hash(w_value.value)
        if isinstance(w_value, W_Symbol) or isinstance(w_value, W_Special) or \
                isinstance(w_value, W_Module):
            return compute_identity_hash(w_value)
        if isinstance(w_value, W_Array):
            h = 7
            for w_item in w_value.items_w:
                h = (h * 31 + self.hash_value(w_item)) & 0x3fffffffffff
            return h
        if isinstance(w_value, W_Hash):
            return w_value.table.length()
        w_hash = self.interp.send(w_value, "hash", [])
        if isinstance(w_hash, W_Integer):
            return w_hash.value
        if isinstance(w_hash, W_BigInt):
            return w_hash.big.hash()
        return 0

    def case_eq(self, w_pattern, w_value):
        if isinstance(w_pattern, W_Module) and \
                self.getclass(w_pattern).lookup_method("===") is \
                self.w_Module.lookup_method("==="):
            return self.is_kind_of(w_value, w_pattern)
        if isinstance(w_pattern, W_Integer) or isinstance(w_pattern, W_String) or \
                isinstance(w_pattern, W_Symbol) or isinstance(w_pattern, W_Special):
            return self.eq(w_pattern, w_value)
        return self.interp.send(w_pattern, "===", [w_value]).is_true()

    def compare(self, w_a, w_b):
        """<=> as an int (ArgumentError when the values are not comparable)."""
        if isinstance(w_a, W_Integer) and isinstance(w_b, W_Integer):
            if w_a.value < w_b.value:
                return -1
            return 1 if w_a.value > w_b.value else 0
        if isinstance(w_a, W_String) and isinstance(w_b, W_String):
            if w_a.value < w_b.value:
                return -1
            return 1 if w_a.value > w_b.value else 0
        w_result = self.interp.send(w_a, "<=>", [w_b])
        if isinstance(w_result, W_Integer):
            return w_result.value
        raise self.argument_error("comparison of %s with %s failed" % (
            self.class_name(w_a), self.inspect_for_compare(w_b)))

    def inspect_for_compare(self, w_value):
        if isinstance(w_value, W_Integer) or isinstance(w_value, W_Float) or \
                isinstance(w_value, W_Special) or isinstance(w_value, W_Symbol):
            return self.inspect(w_value)
        return self.class_name(w_value)

    # -- text -----------------------------------------------------------------------------
    def inspect(self, w_value):
        if isinstance(w_value, W_String) and w_value.w_class is self.w_String:
            return inspect_string(w_value.value)
        if isinstance(w_value, W_Integer):
            return str(w_value.value)
        if isinstance(w_value, W_Symbol):
            return inspect_symbol(w_value.name)
        if isinstance(w_value, W_Special):
            return w_value.name
        if isinstance(w_value, W_Float):
            return float_to_s(w_value.value)
        w_str = self.interp.send(w_value, "inspect", [])
        if isinstance(w_str, W_String):
            return w_str.value
        return self.any_to_s(w_value)

    def to_s(self, w_value):
        if isinstance(w_value, W_String):
            return w_value.value
        if isinstance(w_value, W_Integer):
            return str(w_value.value)
        if isinstance(w_value, W_Symbol):
            return w_value.name
        if w_value is w_nil:
            return ""
        w_str = self.interp.send(w_value, "to_s", [])
        if isinstance(w_str, W_String):
            return w_str.value
        return self.any_to_s(w_value)

    def any_to_s(self, w_value):
        return "#<%s>" % self.class_name(w_value)

    def default_inspect(self, w_value):
        if isinstance(w_value, W_Object):
            names = w_value.attr_names()
            if names:
                parts = []
                for name in names:
                    parts.append("%s=%s" % (name, self.inspect(w_value.read_attr(name))))
                return "#<%s %s>" % (self.class_name(w_value), ", ".join(parts))
        return "#<%s>" % self.class_name(w_value)

    # -- variables ------------------------------------------------------------------------
    def get_ivar(self, w_self, name):
        if isinstance(w_self, W_Object):
            w_value = w_self.read_attr(name)
            if w_value is not None:
                return w_value
        return w_nil

    def set_ivar(self, w_self, name, w_value):
        if isinstance(w_self, W_Object):
            if w_self.frozen:
                raise self.frozen_error(w_self)
            w_self.write_attr(name, w_value)
        else:
            raise self.frozen_error(w_self)

    def get_gvar(self, name):
        name = self.gvar_aliases.get(name, name)
        if name == "$~":
            return self.globals.get("$~", w_nil)
        if name == "$!":
            return self.interp.w_current_exception
        if name == "$`" or name == "$'" or name == "$&":
            w_match = self.globals.get("$~", w_nil)
            if not isinstance(w_match, W_MatchData):
                return w_nil
            method = "pre_match" if name == "$`" else ("to_s" if name == "$&" else
                                                       "post_match")
            return self.interp.send(w_match, method, [])
        if len(name) == 2 and "1" <= name[1] <= "9":
            w_match = self.globals.get("$~", w_nil)
            if isinstance(w_match, W_MatchData):
                return w_match.group(self, ord(name[1]) - ord("0"))
            return w_nil
        return self.globals.get(name, w_nil)

    def set_gvar(self, name, w_value):
        name = self.gvar_aliases.get(name, name)
        self.globals[name] = w_value

    def has_gvar(self, name):
        return name in self.globals

    def alias_gvar(self, new_name, old_name):
        self.gvar_aliases[new_name] = old_name

    def find_cvar_owner(self, w_module, name):
        if w_module.is_singleton and isinstance(w_module.w_attached, W_Module):
            w_attached = w_module.w_attached
            assert isinstance(w_attached, W_Module)
            w_module = w_attached
        for w_ancestor in w_module.ancestors:
            if name in w_ancestor.class_vars:
                return w_ancestor
        return None

    def get_cvar(self, w_module, name):
        w_owner = self.find_cvar_owner(w_module, name)
        if w_owner is None:
            raise self.error(self.w_NameError,
                             "uninitialized class variable %s in %s" % (name, w_module.name))
        return w_owner.class_vars[name]

    def set_cvar(self, w_module, name, w_value):
        w_owner = self.find_cvar_owner(w_module, name)
        if w_owner is None:
            w_owner = w_module
            if w_owner.is_singleton and isinstance(w_owner.w_attached, W_Module):
                w_attached = w_owner.w_attached
                assert isinstance(w_attached, W_Module)
                w_owner = w_attached
        w_owner.class_vars[name] = w_value

    # -- constants ------------------------------------------------------------------------
    def lookup_const_lexical(self, lexical, name):
        w_value = self.find_const_lexical(lexical, name)
        if w_value is None:
            return self.const_missing(lexical.w_module, name)
        return w_value

    def find_const_lexical(self, lexical, name):
        scope = lexical
        while scope is not None:
            w_value = scope.w_module.own_constant(name)
            if w_value is not None:
                return w_value
            if scope.parent is None:
                break
            scope = scope.parent
        w_module = lexical.w_module
        w_value = w_module.lookup_constant(name)
        if w_value is not None:
            return w_value
        if w_module.is_singleton and isinstance(w_module.w_attached, W_Module):
            w_attached = w_module.w_attached
            assert isinstance(w_attached, W_Module)
            w_value = w_attached.lookup_constant(name)
            if w_value is not None:
                return w_value
        return self.w_Object.lookup_constant(name)

    def has_const_lexical(self, lexical, name):
        return self.find_const_lexical(lexical, name) is not None

    def const_missing(self, w_module, name):
        if w_module is self.w_Object:
            message = "uninitialized constant %s" % name
        else:
            message = "uninitialized constant %s::%s" % (w_module.name, name)
        w_exc = self.new_exception(self.w_NameError, message)
        w_exc.w_extra = symbol(name)
        raise RubyError(w_exc)

    def lookup_const_in(self, w_scope, name):
        if not isinstance(w_scope, W_Module):
            raise self.type_error("%s is not a class/module" % self.inspect(w_scope))
        w_value = w_scope.lookup_constant(name)
        if w_value is None:
            if w_scope is self.w_Object:
                pass
            return self.const_missing(w_scope, name)
        return w_value

    def set_const(self, w_module, name, w_value):
        if isinstance(w_value, W_Module) and (w_value.name == "" or
                                              w_value.name.startswith("#<")):
            if w_module is self.w_Object:
                w_value.name = name
            else:
                w_value.name = "%s::%s" % (w_module.name, name)
        w_module.set_constant(name, w_value)

    # -- definitions ----------------------------------------------------------------------
    def define_method(self, w_module, name, code, lexical, visibility):
        if visibility == 3:         # module_function
            w_module.set_method(name, W_UserMethod(code, name, w_module, lexical, PRIVATE))
            w_single = self.singleton_class(w_module)
            w_single.set_method(name, W_UserMethod(code, name, w_single, lexical, PUBLIC))
            return
        if name == "initialize" or name == "initialize_copy" or \
                name == "respond_to_missing?":
            visibility = PRIVATE
        w_module.set_method(name, W_UserMethod(code, name, w_module, lexical, visibility))
        if w_module.is_singleton and w_module.w_attached is not None:
            w_attached = w_module.w_attached
            if self.interp.respond_to(w_attached, "singleton_method_added", True) and \
                    not isinstance(self.getclass(w_attached).lookup_method(
                        "singleton_method_added"), W_Builtin):
                self.interp.send(w_attached, "singleton_method_added", [symbol(name)])
        elif self.getclass(w_module).lookup_method("method_added") is not None and \
                not isinstance(self.getclass(w_module).lookup_method("method_added"),
                               W_Builtin):
            self.interp.send(w_module, "method_added", [symbol(name)])

    def alias_method(self, w_module, new_name, old_name):
        w_func = w_module.lookup_method(old_name)
        if w_func is None or isinstance(w_func, W_Undefined):
            raise self.error(self.w_NameError, "undefined method `%s' for class `%s'" % (
                old_name, w_module.name))
        w_module.set_method(new_name, w_func)

    def open_class(self, lexical, w_scope, name, w_super):
        if w_scope is w_nil:
            w_target = lexical.w_module
            w_existing = w_target.own_constant(name)
            if w_existing is None and w_target is not self.w_Object:
                w_existing = None
            elif w_existing is None:
                w_existing = self.w_Object.own_constant(name)
        else:
            if not isinstance(w_scope, W_Module):
                raise self.type_error("%s is not a class/module" % self.inspect(w_scope))
            w_target = w_scope
            w_existing = w_target.own_constant(name)
        if w_existing is not None:
            if not isinstance(w_existing, W_Class):
                raise self.type_error("%s is not a class" % name)
            if w_super is not w_nil and w_existing.w_superclass is not w_super:
                raise self.type_error("superclass mismatch for class %s" % name)
            return w_existing
        if w_super is w_nil:
            w_superclass = self.w_Object
        elif isinstance(w_super, W_Class):
            w_superclass = w_super
        else:
            raise self.type_error("superclass must be an instance of Class (given an "
                                  "instance of %s)" % self.class_name(w_super))
        full = name if w_target is self.w_Object else "%s::%s" % (w_target.name, name)
        w_class = self.make_class(full, w_superclass)
        w_class.lexical_parent = w_target
        w_target.set_constant(name, w_class)
        self.interp.send(w_superclass, "inherited", [w_class])
        return w_class

    def open_module(self, lexical, w_scope, name):
        w_target = lexical.w_module if w_scope is w_nil else w_scope
        if not isinstance(w_target, W_Module):
            raise self.type_error("%s is not a class/module" % self.inspect(w_target))
        w_existing = w_target.own_constant(name)
        if w_existing is None and w_target is self.w_Object:
            w_existing = None
        if w_existing is not None:
            if not isinstance(w_existing, W_Module) or w_existing.is_class:
                raise self.type_error("%s is not a module" % name)
            return w_existing
        full = name if w_target is self.w_Object else "%s::%s" % (w_target.name, name)
        w_module = W_Module(self.w_Module, full)
        w_module.ancestors_changed()
        w_target.set_constant(name, w_module)
        return w_module

    def symbol_proc(self, name):
        w_proc = W_Proc(self, None, None, w_nil, True)
        w_proc.symbol = name
        return w_proc

    def method_proc(self, w_method):
        w_proc = W_Proc(self, None, None, w_nil, True)
        w_proc.from_method = w_method
        return w_proc


    # -- allocation -----------------------------------------------------------------------
    def allocate(self, w_class):
        kind = w_class.instance_kind
        if kind == "exception":
            w_object = W_Exception(w_class, w_nil)
        elif kind == "string":
            w_object = self.newstr("")
            w_object.w_class = w_class
        elif kind == "array":
            w_object = self.newarray([])
            w_object.w_class = w_class
        elif kind == "hash":
            w_object = self.newhash()
            w_object.w_class = w_class
        elif w_class is self.w_Integer or w_class is self.w_Float or \
                w_class is self.w_Symbol or w_class is self.w_NilClass:
            raise self.error(self.w_NoMethodError, "undefined method `new' for %s:Class" %
                             w_class.name)
        else:
            w_object = W_Object(w_class)
        return w_object

    # -- enumerators and native blocks ----------------------------------------------------
    def make_enumerator(self, w_receiver, method, args_w):
        return W_Enumerator(self.w_Enumerator, w_receiver, method, args_w)

    def native_proc(self, native):
        w_proc = W_Proc(self, None, None, w_nil, False)
        w_proc.native = native
        return w_proc

    def collector_proc(self, w_array):
        return self.native_proc(ArrayCollector(w_array))

    def index_proc(self, w_block, offset):
        return self.native_proc(Indexer(w_block, offset))

    def make_curry(self, w_proc, arity, args_w):
        w_curry = self.native_proc(Curry(w_proc, arity, args_w))
        w_curry.is_lambda = True
        return w_curry

    def make_composition(self, w_first, w_second, is_lambda):
        w_proc = self.native_proc(Composition(w_first, w_second))
        w_proc.is_lambda = is_lambda
        return w_proc

    def fill_enumerator_buffer(self, w_enum):
        """Collect the values an external `next` walks: all of them when the iteration
        ends, else (an endless generator) as many as asked so far plus some."""
        if w_enum.buffer_w is not None and (w_enum.finished or
                                            w_enum.position < len(w_enum.buffer_w)):
            return
        limit = w_enum.position + 1 + 64
        collector = Collector(limit)
        w_block = self.native_proc(collector)
        try:
            w_result = self.interp.send(w_enum, "each", [], w_block)
            w_enum.finished = True
            w_enum.w_result = w_result
        except StopCollecting:
            pass
        w_enum.buffer_w = collector.items_w

    def enter_inspect(self, w_value):
        """Guards inspect against cycles: True when `w_value` is already being shown."""
        for w_seen in self.inspecting:
            if w_seen is w_value:
                return True
        self.inspecting.append(w_value)
        return False

    def leave_inspect(self, w_value):
        if self.inspecting and self.inspecting[-1] is w_value:
            self.inspecting.pop()

    # -- files and input ------------------------------------------------------------------
    def require(self, name):
        from languages.ruby.language import read_file
        if not name.endswith(".rb"):
            name += ".rb"
        base = self.current_file if self.current_file else self.filename
        slash = base.rfind("/")
        path = name
        if slash >= 0 and not name.startswith("/"):
            path = base[:nonneg(slash + 1)] + name
        if path in self.loaded_files:
            return w_false
        source = read_file(path)
        if source is None:
            raise self.error(self.w_LoadError, "cannot load such file -- %s" % name)
        self.loaded_files[path] = True
        self.run_file(path, source)
        return w_true

    def run_file(self, path, source):
        from languages.ruby.compiler import compile_ruby
        from languages.ruby.interpreter import LexicalScope
        from framework.errors import SourceError
        try:
            code = compile_ruby(source, path)
        except SourceError as e:
            raise self.error(self.w_SyntaxError, "%s:%d: %s" % (path, e.line, e.message))
        outer_file = self.current_file
        self.current_file = path          # require_relative inside it is relative to it
        try:
            self.interp.run_main(code, self.w_main, LexicalScope(self.w_Object, None))
        finally:
            self.current_file = outer_file

    current_file = ""

    def read_line(self):
        from framework import console
        return console.stdin.read_line("")

    def at_input_end(self):
        """IO#eof? on standard input: read ahead a line and leave it pending."""
        from framework import console
        line = console.stdin.read_line("")
        if line is None:
            return True
        console.stdin.pending = line + console.stdin.pending
        return False

    def read_all(self):
        pieces = []
        while True:
            line = self.read_line()
            if line is None:
                break
            pieces.append(line)
        return "".join(pieces)

    # -- randomness -----------------------------------------------------------------------
    def seed_random(self, seed):
        self.random_seed = seed
        self.random = MersenneTwister()
        self.random.seed_bigint(rbigint.fromint(seed))

    def random_float(self):
        return self.random.random()

    def random_int(self, limit):
        """ruby's limited_rand: a uniform int in [0, limit), retrying masked draws."""
        if limit <= 1:
            return 0
        top = limit - 1
        mask = top
        shift = 1
        while shift < 64:
            mask |= mask >> shift
            shift *= 2
        while True:
            value = 0
            retry = False
            i = 1
            while i >= 0:
                if (mask >> (i * 32)) & 0xffffffff:
                    value |= intmask(self.random.genrand_int32()) << (i * 32)
                    value &= mask
                    if top < value:
                        retry = True
                        break
                i -= 1
            if not retry:
                return value

    # -- lookup helpers -------------------------------------------------------------------
    def lookup_path(self, path):
        w_scope = self.w_Object
        for part in path.split("::"):
            w_next = w_scope.lookup_constant(part)
            assert isinstance(w_next, W_Module)
            w_scope = w_next
        return w_scope

    def all_classes(self):
        result = []
        self.collect_classes(self.w_Object, result)
        return result

    def collect_classes(self, w_module, result):
        if w_module in result:
            return
        result.append(w_module)
        for w_value in w_module.constants.values():
            if isinstance(w_value, W_Module):
                self.collect_classes(w_value, result)
        w_meta = w_module.w_class
        if w_meta is not None and w_meta.is_singleton and w_meta not in result:
            result.append(w_meta)

KNOWN_EXCEPTIONS = [name for name, _ in EXCEPTION_TREE]


def _make_setattr():
    """RPython has no setattr with a computed name: generate the branches."""
    lines = ["def setattr_class(space, name, w_class):"]
    for name in KNOWN_EXCEPTIONS:
        lines.append("    if name == %r: space.w_%s = w_class; return" % (name, name))
    namespace = {}
    exec("\n".join(lines), namespace)
    return namespace["setattr_class"]


setattr_class = _make_setattr()


def string_hash(s):
    h = 5381
    for ch in s:
        h = ((h * 33) ^ ord(ch)) & 0x3fffffffffffffff
    return h


def compute_float_hash(value):
    if value != value or abs(value) >= 1e12:
        return 0x5bd1e995
    if value == math.floor(value):
        return int(value) * 1000003 + 17
    return int(value * 1e6) ^ 0x5bd1e995


def float_to_s(value):
    """Float#to_s: shortest round-trip digits, exponent form below 1e-4 and from 1e15."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    digits, point = decimal_digits(value)
    sign = "-" if is_negative(value) else ""
    if -4 <= point - 1 < 15:
        return sign + fixed_notation(digits, point, True)
    return sign + exponent_notation(digits, point, exponent_digits=2)


HEXDIGITS = "0123456789ABCDEF"


def inspect_string(s):
    out = ['"']
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\x1b":
            out.append("\\e")
        elif ch == "\a":
            out.append("\\a")
        elif ch == "\b":
            out.append("\\b")
        elif ch == "\f":
            out.append("\\f")
        elif ch == "\v":
            out.append("\\v")
        elif ch == "#" and i + 1 < n and (s[i + 1] == "{" or s[i + 1] == "$" or
                                          s[i + 1] == "@"):
            out.append("\\#")
        elif ord(ch) < 32 or ord(ch) == 127:
            out.append("\\u00" + HEXDIGITS[ord(ch) >> 4] + HEXDIGITS[ord(ch) & 15])
        else:
            out.append(ch)
        i += 1
    out.append('"')
    return "".join(out)


def is_simple_symbol(name):
    if not name:
        return False
    for op_name in ["[]", "[]=", "<=>", "===", "==", "=~", "!=", "!~", "<<", ">>", "<=",
                    ">=", "**", "+@", "-@", "+", "-", "*", "/", "%", "<", ">", "!", "&",
                    "|", "^", "~"]:
        if name == op_name:
            return True
    start = 0
    if name[0] == "@":
        start = 1
        if len(name) > 1 and name[1] == "@":
            start = 2
    elif name[0] == "$":
        start = 1
    if start >= len(name):
        return False
    first = name[start]
    if not (first.isalpha() or first == "_" or ord(first) >= 128):
        return False
    end = len(name)
    if start == 0 and (name[-1] == "?" or name[-1] == "!" or name[-1] == "="):
        end -= 1
    for i in range(start, end):
        ch = name[i]
        if not (ch.isalnum() or ch == "_" or ord(ch) >= 128):
            return False
    return True


def inspect_symbol(name):
    if is_simple_symbol(name):
        return ":" + name
    return ":" + inspect_string(name)
