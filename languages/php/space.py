"""The PHP object space: what values mean (conversions, comparisons, arithmetic, array and
property access, classes, calls), the warnings php prints, and the program's state
(functions, classes, constants, output).  The interpreter loop (interpreter.py) is its
subclass; built-ins receive it as `space`.
"""
import math

from rpython.rlib import jit
from rpython.rlib.rarithmetic import ovfcheck, intmask
from rpython.rlib.objectmodel import specialize

from framework import output
from languages.php.arrays import W_Array
from languages.php.code import PhpCode, FunctionTemplate, ClassTemplate
from languages.php.errors import PhpThrow, PhpExit, PhpFatal
from languages.php.functions import (W_Callable, W_Function, W_Builtin,
                                     W_Class, W_Closure, W_BoundMethod, PropInfo)
from languages.php.kit import HostLimits
from languages.php import numbers
from languages.php.numbers import NAN, INFINITY
from languages.php.numbers import (format_float, scan_number, NUMERIC, LEADING_NUMERIC,
                                   NOT_NUMERIC, float_to_int, MAXINT, MININT)
from languages.php.objects import (W_Value, W_Null, W_Bool, W_Int, W_Float, W_String,
                                   W_Reference, W_Object, w_null, w_true, w_false,
                                   newbool, newint)


class PhpLimits(HostLimits):
    def too_deep(self):
        return PhpFatal("Maximum function nesting level reached")


limits = PhpLimits(10000)


class FunctionsVersion(object):
    """Identity-only token, renewed whenever a function, class or constant is declared."""


class Space(object):
    _immutable_fields_ = ['functions_version?']

    def __init__(self):
        self.functions = {}
        self.functions_version = FunctionsVersion()
        self.classes = {}
        self.constants = {}
        self.main_frame = None
        self.frame_ref = jit.vref_None     # the running frame (Calls.run_code)
        self.top_depth = -1
        self.top_strict = False
        self.top_scope = None              # the class the running code belongs to
        self.silence = 0
        self.error_reporting = 32767      # error_reporting(): E_ALL
        self.next_handle = 1
        self.free_handles = []
        self.included = {}
        self.filename = ""
        self.error_handler = None
        self.compile_file = None
        self.shutdown_functions = []
        self.w_error_handler = None

    # -- output and warnings ---------------------------------------------------------------
    def echo(self, text):
        assert text is not None
        output.write_out(text)

    def location(self):
        frame = self.top_frame()
        while frame is not None and frame.code.filename.startswith("prelude:"):
            frame = frame.caller()
        if frame is None:
            return self.filename, 0
        return frame.code.filename, frame.line()

    def diagnostic(self, kind, message):
        filename, line = self.location()
        output.write_out("\n%s: %s in %s on line %d\n" % (kind, message, filename, line))

    def warning(self, message):
        if not self.call_error_handler(2, message) and self.silence == 0 and \
                self.error_reporting & 2:
            self.diagnostic("Warning", message)

    def notice(self, message):
        if not self.call_error_handler(8, message) and self.silence == 0 and \
                self.error_reporting & 8:
            self.diagnostic("Notice", message)

    def deprecated(self, message):
        if not self.call_error_handler(8192, message) and self.silence == 0 and \
                self.error_reporting & 8192:
            self.diagnostic("Deprecated", message)

    def call_error_handler(self, level, message):
        """set_error_handler's callback, if any; True when it handled the error."""
        w_handler = self.w_error_handler
        if w_handler is None:
            return False
        self.w_error_handler = None
        filename, line = self.location()
        try:
            w_result = self.call_value(self.top_frame(), w_handler,
                                       [newint(level), W_String(message), W_String(filename),
                                        newint(line)], None)
        finally:
            self.w_error_handler = w_handler
        return not (isinstance(w_result, W_Bool) and not w_result.boolval)

    def error(self, class_name, message):
        """A PhpThrow of a new built-in exception (Error, TypeError, ...)."""
        w_class = self.lookup_class(class_name)
        w_exc = self.instantiate(self.top_frame(), w_class, [W_String(message)], None)
        return PhpThrow(w_exc)

    # -- conversions ------------------------------------------------------------------------
    def str(self, w_value):
        if isinstance(w_value, W_String):
            return w_value.strval
        if isinstance(w_value, W_Int):
            return str(w_value.intval)
        if isinstance(w_value, W_Float):
            return format_float(w_value.floatval, 14)
        if isinstance(w_value, W_Bool):
            return "1" if w_value.boolval else ""
        if isinstance(w_value, W_Null):
            return ""
        if isinstance(w_value, W_Array):
            self.warning("Array to string conversion")
            return "Array"
        if isinstance(w_value, W_Object):
            w_method = w_value.getclass().find_method("__tostring")
            if w_method is not None:
                w_result = self.call_function(w_method, [], w_value, w_value.getclass(),
                                              None)
                if not isinstance(w_result, W_String):
                    raise self.error("Error", "%s::__toString(): Return value must be of "
                                     "type string, %s returned" % (
                                         w_value.getclass().name, self.debug_type(w_result)))
                return w_result.strval
            raise self.error("Error", "Object of class %s could not be converted to string"
                             % w_value.getclass().name)
        if isinstance(w_value, W_Reference):
            return self.str(w_value.w_value)
        return ""

    def truthy(self, w_value):
        if isinstance(w_value, W_Bool):
            return w_value.boolval
        if isinstance(w_value, W_Int):
            return w_value.intval != 0
        if isinstance(w_value, W_String):
            return w_value.strval != "" and w_value.strval != "0"
        if isinstance(w_value, W_Null):
            return False
        if isinstance(w_value, W_Float):
            return w_value.floatval != 0.0
        if isinstance(w_value, W_Array):
            return w_value.length() != 0
        return True

    def to_int(self, w_value):
        if isinstance(w_value, W_Int):
            return w_value.intval
        if isinstance(w_value, W_Float):
            return float_to_int(w_value.floatval)
        if isinstance(w_value, W_Bool):
            return 1 if w_value.boolval else 0
        if isinstance(w_value, W_String):
            scan = scan_number(w_value.strval)
            if scan.kind == NOT_NUMERIC:
                return 0
            if scan.is_float:
                f = scan.floatval
                if f >= 9.2233720368547758e18:
                    return MAXINT
                if f < -9.2233720368547758e18:
                    return MININT
                return float_to_int(f)
            return scan.intval
        if isinstance(w_value, W_Array):
            return 1 if w_value.length() else 0
        if isinstance(w_value, W_Null):
            return 0
        return 1

    def to_float(self, w_value):
        if isinstance(w_value, W_Float):
            return w_value.floatval
        if isinstance(w_value, W_Int):
            return float(w_value.intval)
        if isinstance(w_value, W_String):
            scan = scan_number(w_value.strval)
            if scan.kind == NOT_NUMERIC:
                return 0.0
            if scan.is_float:
                return scan.floatval
            if scan.intval == 0 and w_value.strval.find("-") >= 0:
                return -0.0                   # (float)"-0" keeps its sign
            return float(scan.intval)
        return float(self.to_int(w_value))

    def number(self, w_value, opname, w_other, left):
        """The operand of an arithmetic operator: a W_Int or W_Float."""
        if isinstance(w_value, W_Int) or isinstance(w_value, W_Float):
            return w_value
        if isinstance(w_value, W_Null):
            return newint(0)
        if isinstance(w_value, W_Bool):
            return newint(1 if w_value.boolval else 0)
        if isinstance(w_value, W_String):
            scan = scan_number(w_value.strval)
            if scan.kind == NUMERIC:
                return W_Float(scan.floatval) if scan.is_float else newint(scan.intval)
            if scan.kind == LEADING_NUMERIC:
                self.warning("A non-numeric value encountered")
                return W_Float(scan.floatval) if scan.is_float else newint(scan.intval)
            raise self.operand_error(w_value, opname, w_other, left)
        raise self.operand_error(w_value, opname, w_other, left)

    def operand_error(self, w_value, opname, w_other, left):
        if left:
            a, b = w_value, w_other
        else:
            a, b = w_other, w_value
        if isinstance(w_value, W_String):
            return self.error("TypeError", "Unsupported operand types: %s %s %s" % (
                self.type_name(a), opname, self.type_name(b)))
        return self.error("TypeError", "Unsupported operand types: %s %s %s" % (
            self.type_name(a), opname, self.type_name(b)))

    def type_name(self, w_value):
        """The type as operator errors name it (int, float, string, array, Foo)."""
        if isinstance(w_value, W_Object):
            return w_value.getclass().name
        return self.debug_type(w_value)

    def debug_type(self, w_value):
        if isinstance(w_value, W_Null):
            return "null"
        if isinstance(w_value, W_Bool):
            return "bool"
        if isinstance(w_value, W_Int):
            return "int"
        if isinstance(w_value, W_Float):
            return "float"
        if isinstance(w_value, W_String):
            return "string"
        if isinstance(w_value, W_Array):
            return "array"
        if isinstance(w_value, W_Object):
            name = w_value.getclass().name
            anonymous = name.find("@anonymous\0")
            if anonymous >= 0:
                return name[:anonymous + len("@anonymous")]
            return name
        return "mixed"

    # -- arithmetic -------------------------------------------------------------------------
    def add(self, w_a, w_b):
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
            try:
                return W_Int(ovfcheck(w_a.intval + w_b.intval))
            except OverflowError:
                return W_Float(float(w_a.intval) + float(w_b.intval))
        if isinstance(w_a, W_Array) and isinstance(w_b, W_Array):
            return self.array_union(w_a, w_b)
        if isinstance(w_a, W_Array) or isinstance(w_b, W_Array):
            raise self.error("TypeError", "Unsupported operand types: %s + %s" % (
                self.type_name(w_a), self.type_name(w_b)))
        w_x = self.number(w_a, "+", w_b, True)
        w_y = self.number(w_b, "+", w_a, False)
        if isinstance(w_x, W_Int) and isinstance(w_y, W_Int):
            return self.add(w_x, w_y)
        return W_Float(self.to_float(w_x) + self.to_float(w_y))

    def sub(self, w_a, w_b):
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
            try:
                return W_Int(ovfcheck(w_a.intval - w_b.intval))
            except OverflowError:
                return W_Float(float(w_a.intval) - float(w_b.intval))
        w_x = self.number(w_a, "-", w_b, True)
        w_y = self.number(w_b, "-", w_a, False)
        if isinstance(w_x, W_Int) and isinstance(w_y, W_Int):
            return self.sub(w_x, w_y)
        return W_Float(self.to_float(w_x) - self.to_float(w_y))

    def mul(self, w_a, w_b):
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
            try:
                return W_Int(ovfcheck(w_a.intval * w_b.intval))
            except OverflowError:
                return W_Float(float(w_a.intval) * float(w_b.intval))
        w_x = self.number(w_a, "*", w_b, True)
        w_y = self.number(w_b, "*", w_a, False)
        if isinstance(w_x, W_Int) and isinstance(w_y, W_Int):
            return self.mul(w_x, w_y)
        return W_Float(self.to_float(w_x) * self.to_float(w_y))

    def div(self, w_a, w_b):
        w_x = self.number(w_a, "/", w_b, True)
        w_y = self.number(w_b, "/", w_a, False)
        if isinstance(w_y, W_Int) and w_y.intval == 0 or \
                isinstance(w_y, W_Float) and w_y.floatval == 0.0:
            raise self.error("DivisionByZeroError", "Division by zero")
        if isinstance(w_x, W_Int) and isinstance(w_y, W_Int):
            a = w_x.intval
            b = w_y.intval
            if b != -1 and a % b == 0:
                return W_Int(a // b)
            if b == -1 and a != MININT:
                return W_Int(-a)
            return W_Float(float(a) / float(b))
        return W_Float(self.to_float(w_x) / self.to_float(w_y))

    def mod(self, w_a, w_b):
        a = self.int_operand(w_a, "%", w_b, True)
        b = self.int_operand(w_b, "%", w_a, False)
        if b == 0:
            raise self.error("DivisionByZeroError", "Modulo by zero")
        if b == -1:
            return newint(0)
        r = abs(a) % abs(b)
        return newint(-r if a < 0 else r)

    def pow(self, w_a, w_b):
        w_x = self.number(w_a, "**", w_b, True)
        w_y = self.number(w_b, "**", w_a, False)
        if isinstance(w_x, W_Int) and isinstance(w_y, W_Int) and w_y.intval >= 0:
            base = w_x.intval
            exp = w_y.intval
            result = 1
            try:
                while exp > 0:
                    if exp & 1:
                        result = ovfcheck(result * base)
                    exp >>= 1
                    if exp:
                        base = ovfcheck(base * base)
                return W_Int(result)
            except OverflowError:
                return W_Float(math.pow(float(w_x.intval), float(w_y.intval)))
        x = self.to_float(w_x)
        y = self.to_float(w_y)
        try:
            return W_Float(math.pow(x, y))
        except (OverflowError, ValueError):
            if x < 0 and y != math.floor(y):
                return W_Float(NAN)
            return W_Float(INFINITY)

    def shift(self, w_a, w_b, left):
        a = self.int_operand(w_a, "<<" if left else ">>", w_b, True)
        b = self.int_operand(w_b, "<<" if left else ">>", w_a, False)
        if b < 0:
            raise self.error("ArithmeticError", "Bit shift by negative number")
        if left:
            if b >= 64:
                return newint(0)
            return newint(intmask(a << b))
        if b >= 64:
            return newint(-1 if a < 0 else 0)
        return newint(a >> b)

    def int_operand(self, w_value, opname, w_other, left):
        w_num = self.number(w_value, opname, w_other, left)
        if isinstance(w_num, W_Float):
            f = w_num.floatval
            if f != math.floor(f) or math.isinf(f) or math.isnan(f):
                self.deprecated("Implicit conversion from float %s to int loses precision"
                                % format_float(f, 17))
            return float_to_int(f)
        return self.to_int(w_num)

    def bitwise(self, w_a, w_b, opname):
        if isinstance(w_a, W_String) and isinstance(w_b, W_String):
            a = w_a.strval
            b = w_b.strval
            n = min(len(a), len(b)) if opname != "|" else max(len(a), len(b))
            chars = []
            for i in range(n):
                x = ord(a[i]) if i < len(a) else 0
                y = ord(b[i]) if i < len(b) else 0
                if opname == "&":
                    chars.append(chr(x & y))
                elif opname == "|":
                    chars.append(chr(x | y))
                else:
                    chars.append(chr(x ^ y))
            return W_String("".join(chars))
        a = self.int_operand(w_a, opname, w_b, True)
        b = self.int_operand(w_b, opname, w_a, False)
        if opname == "&":
            return newint(a & b)
        if opname == "|":
            return newint(a | b)
        return newint(a ^ b)

    def bitwise_not(self, w_value):
        if isinstance(w_value, W_Int):
            return newint(~w_value.intval)
        if isinstance(w_value, W_Float):
            return newint(~float_to_int(w_value.floatval))
        if isinstance(w_value, W_String):
            return W_String("".join([chr(~ord(c) & 0xff) for c in w_value.strval]))
        raise self.error("TypeError", "Cannot perform bitwise not on %s"
                         % self.debug_type(w_value))

    def increment(self, w_value):
        if isinstance(w_value, W_Int):
            return self.add(w_value, newint(1))
        if isinstance(w_value, W_Float):
            return W_Float(w_value.floatval + 1.0)
        if isinstance(w_value, W_Null):
            return newint(1)
        if isinstance(w_value, W_String):
            s = w_value.strval
            if s == "":
                return W_String("1")
            scan = scan_number(s)
            if scan.kind == NUMERIC:
                if scan.is_float:
                    return W_Float(scan.floatval + 1.0)
                return self.add(newint(scan.intval), newint(1))
            return W_String(string_increment(s))
        return w_value

    def decrement(self, w_value):
        if isinstance(w_value, W_Int):
            return self.sub(w_value, newint(1))
        if isinstance(w_value, W_Float):
            return W_Float(w_value.floatval - 1.0)
        if isinstance(w_value, W_String):
            s = w_value.strval
            if s == "":
                return newint(-1)
            scan = scan_number(s)
            if scan.kind == NUMERIC:
                if scan.is_float:
                    return W_Float(scan.floatval - 1.0)
                return self.sub(newint(scan.intval), newint(1))
        return w_value

    def cast(self, w_value, kind):
        if (kind == 0 or kind == 1) and isinstance(w_value, W_Object):
            self.warning("Object of class %s could not be converted to %s"
                         % (w_value.getclass().name, "int" if kind == 0 else "float"))
        if kind == 0:
            return newint(self.to_int(w_value))
        if kind == 1:
            return W_Float(self.to_float(w_value))
        if kind == 2:
            return W_String(self.str(w_value))
        if kind == 3:
            return newbool(self.truthy(w_value))
        if kind == 4:
            if isinstance(w_value, W_Array):
                return w_value
            w_array = W_Array()
            if isinstance(w_value, W_Null):
                return w_array
            if isinstance(w_value, W_Object) and not isinstance(w_value, W_Closure):
                return self.object_to_array(w_value, True)
            w_array.append(w_value)
            return w_array
        if kind == 5:
            if isinstance(w_value, W_Object):
                return w_value
            w_obj = self.instantiate(self.top_frame(), self.lookup_class("stdClass"), [],
                                     None)
            if isinstance(w_value, W_Array):
                position = w_value.first_position()
                while position >= 0:
                    w_obj.write_attr(self.str(w_value.key_at(position)),
                                     self.stored(w_value.value_at(position).deref()))
                    position = w_value.next_position(position)
            elif not isinstance(w_value, W_Null):
                w_obj.write_attr("scalar", w_value)
            return w_obj
        return w_null

    # -- comparison ---------------------------------------------------------------------------
    def identical(self, w_a, w_b):
        if isinstance(w_a, W_Int):
            return isinstance(w_b, W_Int) and w_a.intval == w_b.intval
        if isinstance(w_a, W_String):
            return isinstance(w_b, W_String) and w_a.strval == w_b.strval
        if isinstance(w_a, W_Float):
            return isinstance(w_b, W_Float) and w_a.floatval == w_b.floatval
        if isinstance(w_a, W_Bool):
            return isinstance(w_b, W_Bool) and w_a.boolval == w_b.boolval
        if isinstance(w_a, W_Null):
            return isinstance(w_b, W_Null)
        if isinstance(w_a, W_Array):
            if not isinstance(w_b, W_Array) or w_a.length() != w_b.length():
                return False
            pa = w_a.first_position()
            pb = w_b.first_position()
            while pa >= 0:
                if not self.identical(w_a.key_at(pa), w_b.key_at(pb)):
                    return False
                if not self.identical(w_a.value_at(pa).deref(), w_b.value_at(pb).deref()):
                    return False
                pa = w_a.next_position(pa)
                pb = w_b.next_position(pb)
            return True
        return w_a is w_b

    def loose_equals(self, w_a, w_b):
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
            return w_a.intval == w_b.intval
        if isinstance(w_a, W_String) and isinstance(w_b, W_String):
            return self.string_equals(w_a.strval, w_b.strval)
        if isinstance(w_a, W_Array) and isinstance(w_b, W_Array):
            if w_a.length() != w_b.length():
                return False
            position = w_a.first_position()
            while position >= 0:
                w_other = w_b.get(w_a.key_at(position))
                if w_other is None:
                    return False
                if not self.loose_equals(w_a.value_at(position).deref(), w_other.deref()):
                    return False
                position = w_a.next_position(position)
            return True
        if isinstance(w_a, W_Object) and isinstance(w_b, W_Object):
            if w_a is w_b:
                return True
            if w_a.getclass() is not w_b.getclass():
                return False
            return self.loose_equals(self.object_to_array(w_a, False),
                                     self.object_to_array(w_b, False))
        return self.compare(w_a, w_b) == 0

    def string_equals(self, a, b):
        sa = scan_number(a)
        if sa.kind == NUMERIC:
            sb = scan_number(b)
            if sb.kind == NUMERIC:
                if not sa.is_float and not sb.is_float:
                    return sa.intval == sb.intval
                fa = self.scan_float(sa)
                fb = self.scan_float(sb)
                if math.isinf(fa) and math.isinf(fb):     # both overflowed: as strings
                    return a == b
                return fa == fb
        return a == b

    def scan_float(self, scan):
        return scan.floatval if scan.is_float else float(scan.intval)

    def compare_gt(self, w_a, w_b):
        return self.compare(w_b, w_a) < 0

    def compare_ge(self, w_a, w_b):
        return self.compare(w_b, w_a) <= 0

    def compare(self, w_a, w_b):
        """-1, 0 or 1 as php 8 compares (2 for uncomparable: never equal)."""
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
            return cmp_ints(w_a.intval, w_b.intval)
        if (isinstance(w_a, W_Object) and w_a.getclass().kind == "enum") or \
                (isinstance(w_b, W_Object) and w_b.getclass().kind == "enum"):
            return 0 if w_a is w_b else 1       # enums are uncomparable
        if isinstance(w_a, W_String) and isinstance(w_b, W_String):
            a = w_a.strval
            b = w_b.strval
            sa = scan_number(a)
            if sa.kind == NUMERIC:
                sb = scan_number(b)
                if sb.kind == NUMERIC:
                    if not sa.is_float and not sb.is_float:
                        return cmp_ints(sa.intval, sb.intval)
                    return cmp_floats(self.scan_float(sa), self.scan_float(sb))
            return cmp_strings(a, b)
        if isinstance(w_a, W_Bool) or isinstance(w_b, W_Bool) or isinstance(w_a, W_Null) \
                or isinstance(w_b, W_Null):
            if isinstance(w_a, W_Null) and isinstance(w_b, W_String):
                return cmp_strings("", w_b.strval)
            if isinstance(w_b, W_Null) and isinstance(w_a, W_String):
                return cmp_strings(w_a.strval, "")
            if isinstance(w_a, W_Null) and isinstance(w_b, W_Object):
                return -1
            if isinstance(w_b, W_Null) and isinstance(w_a, W_Object):
                return 1
            return cmp_ints(1 if self.truthy(w_a) else 0, 1 if self.truthy(w_b) else 0)
        if is_number(w_a) and is_number(w_b):
            if isinstance(w_a, W_Int) and isinstance(w_b, W_Float):
                return cmp_floats(float(w_a.intval), w_b.floatval)
            return cmp_floats(self.to_float(w_a), self.to_float(w_b))
        if is_number(w_a) and isinstance(w_b, W_String):
            return -self.compare_number_string(w_b.strval, w_a)
        if isinstance(w_a, W_String) and is_number(w_b):
            return self.compare_number_string(w_a.strval, w_b)
        if isinstance(w_a, W_Array) and isinstance(w_b, W_Array):
            if w_a.length() != w_b.length():
                return cmp_ints(w_a.length(), w_b.length())
            position = w_a.first_position()
            while position >= 0:
                w_other = w_b.get(w_a.key_at(position))
                if w_other is None:
                    return 1
                c = self.compare(w_a.value_at(position).deref(), w_other.deref())
                if c != 0:
                    return c
                position = w_a.next_position(position)
            return 0
        if isinstance(w_a, W_Array):
            return 1
        if isinstance(w_b, W_Array):
            return -1
        if isinstance(w_a, W_Object) and isinstance(w_b, W_Object):
            if w_a is w_b:
                return 0
            if w_a.getclass() is not w_b.getclass():
                return 1
            return self.compare(self.object_to_array(w_a, False),
                                self.object_to_array(w_b, False))
        if isinstance(w_a, W_Object):
            if isinstance(w_b, W_String) and w_a.getclass().find_method("__tostring"):
                return cmp_strings(self.str(w_a), w_b.strval)
            return 1
        if isinstance(w_b, W_Object):
            if isinstance(w_a, W_String) and w_b.getclass().find_method("__tostring"):
                return cmp_strings(w_a.strval, self.str(w_b))
            return -1
        return 0

    def compare_number_string(self, s, w_num):
        """compare(string, number) by php 8's rule: numerically if the string is numeric,
        else the number as a string."""
        scan = scan_number(s)
        if scan.kind == NUMERIC:
            if not scan.is_float and isinstance(w_num, W_Int):
                return cmp_ints(scan.intval, w_num.intval)
            return cmp_floats(self.scan_float(scan), self.to_float(w_num))
        return cmp_strings(s, self.str(w_num))

    # -- variables ---------------------------------------------------------------------------
    def stored(self, w_value):
        """A value about to be stored in a variable, element or property."""
        if isinstance(w_value, W_Reference):
            w_value = w_value.w_value
            if isinstance(w_value, W_Reference):
                return self.stored(w_value)     # not on the JIT's path: no recursion there
        if isinstance(w_value, W_Array):
            w_value.hold()
        return w_value

    def store_local(self, frame, slot, w_value):
        w_old = frame.getlocal(slot)
        if isinstance(w_old, W_Reference):
            if w_old.w_value is not w_value:
                release(w_old.w_value)
                w_old.w_value = self.stored(w_value)
        else:
            if w_old is not w_value:
                if w_old is not None:
                    release(w_old)
                frame.setlocal(slot, self.stored(w_value))

    def local_ref(self, frame, slot):
        w_value = frame.getlocal(slot)
        if isinstance(w_value, W_Reference):
            return w_value
        w_ref = W_Reference(w_null if w_value is None else w_value)
        frame.setlocal(slot, w_ref)
        return w_ref

    def var_by_name(self, frame, name, create):
        """The reference of variable `name` in `frame` (made one), or None when absent."""
        if name == "this" and frame.w_this is not None:
            return W_Reference(frame.w_this)
        slot = frame.code.slot_of(name)
        if slot >= 0:
            if frame.getlocal(slot) is None and not create:
                return None
            return self.local_ref(frame, slot)
        if frame.extra_vars is None:
            if not create:
                return None
            frame.extra_vars = {}
        w_ref = frame.extra_vars.get(name, None)
        if w_ref is None and create:
            w_ref = W_Reference(w_null)
            frame.extra_vars[name] = w_ref
        return w_ref

    def local_container(self, frame, slot):
        """The array (or object) in a variable, for writing into."""
        w_current = frame.getlocal(slot)
        if isinstance(w_current, W_Reference):
            return self.ref_container(w_current)
        if w_current is None or self.becomes_array(w_current):
            w_array = W_Array()
            w_array.hold()
            frame.setlocal(slot, w_array)
            return w_array
        if isinstance(w_current, W_Array):
            w_writable = w_current.writable()
            if w_writable is not w_current:
                frame.setlocal(slot, w_writable)
            return w_writable
        return self.container_of(w_current)

    def ref_container(self, w_ref):
        w_current = w_ref.w_value
        if self.becomes_array(w_current):
            w_array = W_Array()
            w_array.hold()
            w_ref.w_value = w_array
            return w_array
        if isinstance(w_current, W_Array):
            w_writable = w_current.writable()
            w_ref.w_value = w_writable
            return w_writable
        return self.container_of(w_current)

    def becomes_array(self, w_value):
        """null, and false with php 8.1's deprecation, turn into an array on a write."""
        if isinstance(w_value, W_Null):
            return True
        if isinstance(w_value, W_Bool) and not w_value.boolval:
            self.deprecated("Automatic conversion of false to array is deprecated")
            return True
        return False

    def container_of(self, w_value):
        if isinstance(w_value, W_Object):
            return w_value
        if isinstance(w_value, W_Bool) and not w_value.boolval:
            self.deprecated("Automatic conversion of false to array is deprecated")
            w_array = W_Array()
            return w_array
        if isinstance(w_value, W_String):
            if w_value.strval == "":
                return W_Array()
            raise self.error("Error", "Cannot use assign-op operators with string offsets")
        raise self.error("Error", "Cannot use a scalar value as an array")

    def globals_array(self):
        w_array = W_Array()
        frame = self.main_frame
        for i in range(frame.code.nslots):
            w_value = frame.getlocal(i)
            name = frame.code.varnames[i]
            if w_value is not None and not name.startswith("\0"):
                w_array.set_str(name, self.stored(w_value.deref()))
        if frame.extra_vars is not None:
            for name, w_ref in frame.extra_vars.items():
                w_array.set_str(name, self.stored(w_ref.deref()))
        return w_array

    # -- array access ------------------------------------------------------------------------
    def array_key(self, w_key):
        """A key as the table stores it: W_Int or W_String (php's normalisation)."""
        if isinstance(w_key, W_Int):
            return w_key
        if isinstance(w_key, W_String):
            return normalise_string_key(w_key)
        if isinstance(w_key, W_Float):
            f = w_key.floatval
            if math.isnan(f) or math.isinf(f):
                return newint(0)
            if f != math.floor(f):
                self.deprecated("Implicit conversion from float %s to int loses precision"
                                % format_float(f, 17))
            return newint(float_to_int(f))
        if isinstance(w_key, W_Bool):
            return newint(1 if w_key.boolval else 0)
        if isinstance(w_key, W_Null):
            return W_String("")
        if isinstance(w_key, W_Reference):
            return self.array_key(w_key.w_value)
        raise self.error("TypeError", "Illegal offset type")

    def key_text(self, w_key):
        if isinstance(w_key, W_Int):
            return str(w_key.intval)
        assert isinstance(w_key, W_String)
        return '"%s"' % w_key.strval

    def get_dim(self, w_container, w_key, quiet):
        if isinstance(w_container, W_Array):
            w_normal = self.array_key(w_key)
            w_value = w_container.get(w_normal)
            if w_value is None:
                if not quiet:
                    self.warning("Undefined array key %s" % self.key_text(w_normal))
                return w_null
            return w_value.deref()
        if isinstance(w_container, W_String):
            return self.string_offset(w_container.strval, w_key, quiet)
        if isinstance(w_container, W_Object):
            if quiet and w_container.getclass().find_method("offsetexists") is not None:
                if not self.object_offset_exists(w_container, w_key):   # `??` asks first
                    return w_null
            return self.object_offset_get(w_container, w_key)
        if isinstance(w_container, W_Null):
            if not quiet:
                self.warning('Trying to access array offset on value of type null')
            return w_null
        if not quiet:
            self.warning('Trying to access array offset on value of type %s'
                         % self.debug_type(w_container))
        return w_null

    def string_offset(self, s, w_key, quiet):
        if isinstance(w_key, W_String):
            scan = scan_number(w_key.strval)
            if scan.kind != NUMERIC or scan.is_float:
                if quiet:
                    return w_null
                if scan.kind == NOT_NUMERIC:
                    raise self.error("TypeError", 'Cannot access offset of type %s on string'
                                     % self.debug_type(w_key))
            index = self.to_int(w_key)
        elif isinstance(w_key, W_Int):
            index = w_key.intval
        else:
            if not quiet and (isinstance(w_key, W_Bool) or isinstance(w_key, W_Float) or
                              isinstance(w_key, W_Null)):
                self.warning("String offset cast occurred")
            index = self.to_int(w_key)
        if index < 0:
            index += len(s)
        if index < 0 or index >= len(s):
            if not quiet:
                self.warning('Uninitialized string offset %d' % self.to_int(w_key))
                return W_String("")
            return w_null
        return W_String(s[index])

    def set_string_offset(self, w_string, w_key, w_value):
        s = w_string.strval
        if w_key is None:
            raise self.error("Error", "[] operator not supported for strings")
        index = self.to_int(w_key)
        if index < 0:
            index += len(s)
        if index < 0:
            self.warning("Illegal string offset %d" % self.to_int(w_key))
            return w_string
        text = self.str(w_value)
        if text == "":
            raise self.error("Error", "Cannot assign an empty string to a string offset")
        if len(text) > 1:
            self.warning("Only the first byte will be assigned to the string offset")
        if index >= len(s):
            s = s + " " * (index - len(s) + 1)
        assert index >= 0
        return W_String(s[:index] + text[0] + s[index + 1:])

    def dim_container(self, w_container, w_key):
        """The array at `w_container[w_key]` (or appended), made writable."""
        if isinstance(w_container, W_Array):
            if w_key is None:
                w_new = W_Array()
                w_new.hold()
                w_container.append(w_new)
                return w_new
            w_normal = self.array_key(w_key)
            w_current = w_container.get(w_normal)
            if w_current is None or isinstance(w_current, W_Null):
                w_new = W_Array()
                w_new.hold()
                w_container.set(w_normal, w_new)
                return w_new
            if isinstance(w_current, W_Reference):
                return self.ref_container(w_current)
            if isinstance(w_current, W_Array):
                w_writable = w_current.writable()
                if w_writable is not w_current:
                    w_container.set(w_normal, w_writable)
                return w_writable
            return self.container_of(w_current)
        if isinstance(w_container, W_Object):
            w_value = self.object_offset_get(w_container, w_key if w_key is not None
                                             else w_null)
            if isinstance(w_value, W_Array) or isinstance(w_value, W_Object):
                if isinstance(w_value, W_Array):
                    self.notice("Indirect modification of overloaded element of %s has no "
                                "effect" % w_container.getclass().name)
                return w_value
            return W_Array()
        raise self.error("Error", "Cannot use a scalar value as an array")

    def set_dim(self, w_container, w_key, w_value):
        if isinstance(w_container, W_Array):
            if w_key is None:
                if not w_container.append(self.stored(w_value)):
                    raise self.error("Error", "Cannot add element to the array as the next "
                                     "element is already occupied")
                return
            w_normal = self.array_key(w_key)
            w_current = w_container.get(w_normal)
            if isinstance(w_current, W_Reference):
                w_current.w_value = self.stored(w_value)
            else:
                w_container.set(w_normal, self.stored(w_value))
            return
        if isinstance(w_container, W_Object):
            self.object_offset_set(w_container, w_key if w_key is not None else w_null,
                                   w_value)
            return
        raise self.error("Error", "Cannot use a scalar value as an array")

    def dim_ref(self, w_container, w_key):
        if isinstance(w_container, W_Array):
            if w_key is None:
                w_ref = W_Reference(w_null)
                w_container.append(w_ref)
                return w_ref
            w_normal = self.array_key(w_key)
            w_current = w_container.get(w_normal)
            if isinstance(w_current, W_Reference):
                return w_current
            w_ref = W_Reference(w_null if w_current is None else w_current)
            w_container.set(w_normal, w_ref)
            return w_ref
        return W_Reference(self.get_dim(w_container, w_key if w_key is not None else w_null,
                                        True))

    def isset_dim(self, w_container, w_key):
        if isinstance(w_container, W_Array):
            w_value = w_container.get(self.array_key(w_key))
            return w_value is not None and not isinstance(w_value.deref(), W_Null)
        if isinstance(w_container, W_String):
            if isinstance(w_key, W_String):
                scan = scan_number(w_key.strval)
                if scan.kind != NUMERIC or scan.is_float:
                    return False
            index = self.to_int(w_key)
            if index < 0:
                index += len(w_container.strval)
            return 0 <= index < len(w_container.strval)
        if isinstance(w_container, W_Object):
            return self.object_offset_exists(w_container, w_key)
        return False

    def empty_dim(self, w_container, w_key):
        if isinstance(w_container, W_Object):
            if not self.object_offset_exists(w_container, w_key):
                return True
            return not self.truthy(self.object_offset_get(w_container, w_key))
        if not self.isset_dim(w_container, w_key):
            return True
        return not self.truthy(self.get_dim(w_container, w_key, True))

    def unset_dim(self, w_container, w_key):
        if isinstance(w_container, W_Array):
            w_container.remove(self.array_key(w_key))
        elif isinstance(w_container, W_Object):
            self.object_offset_unset(w_container, w_key)

    def spread_into(self, w_array, w_source):
        if isinstance(w_source, W_Array):
            position = w_source.first_position()
            while position >= 0:
                w_key = w_source.key_at(position)
                w_value = self.stored(w_source.value_at(position).deref())
                if isinstance(w_key, W_Int):
                    w_array.append(w_value)
                else:
                    w_array.set(w_key, w_value)
                position = w_source.next_position(position)
            return
        if isinstance(w_source, W_Object):
            w_iter = self.iterate(w_source, False)
            while self.iter_step_values(w_iter):
                w_key = self.iter_key
                w_value = self.stored(self.iter_value)
                if isinstance(w_key, W_String):
                    w_array.set(w_key, w_value)
                else:
                    w_array.append(w_value)
            return
        raise self.error("Error", "Only arrays and Traversables can be unpacked")

    def array_union(self, w_a, w_b):
        w_result = w_a.copy()
        position = w_b.first_position()
        while position >= 0:
            w_key = w_b.key_at(position)
            if w_result.get(w_key) is None:
                w_result.set(w_key, self.stored(w_b.value_at(position).deref()))
            position = w_b.next_position(position)
        return w_result


def release(w_value):
    if isinstance(w_value, W_Array):
        w_value.release()


def is_number(w_value):
    return isinstance(w_value, W_Int) or isinstance(w_value, W_Float)


def cmp_ints(a, b):
    if a < b:
        return -1
    if a > b:
        return 1
    return 0


def cmp_floats(a, b):
    if a < b:
        return -1
    if a > b:
        return 1
    if a == b:
        return 0
    return 1


def cmp_strings(a, b):
    if a < b:
        return -1
    if a > b:
        return 1
    return 0


def normalise_string_key(w_key):
    """"12" is the int key 12; "012", "1.5", "-0" and out-of-range digits stay strings."""
    s = w_key.strval
    n = len(s)
    if n == 0 or n > 20:
        return w_key
    i = 0
    if s[0] == "-":
        i = 1
        if n == 1:
            return w_key
    if s[i] == "0" and (n > i + 1 or i == 1):
        return w_key
    for j in range(i, n):
        if not ("0" <= s[j] <= "9"):
            return w_key
    try:
        return newint(numbers.string_to_int(s))
    except OverflowError:
        return w_key


def string_increment(s):
    """Perl-style: "a" -> "b", "Az" -> "Ba", "zz" -> "aaa", "a9" -> "b0"."""
    chars = [c for c in s]
    i = len(chars) - 1
    while i >= 0:
        c = chars[i]
        if c == "z":
            chars[i] = "a"
        elif c == "Z":
            chars[i] = "A"
        elif c == "9":
            chars[i] = "0"
        elif ("a" <= c < "z") or ("A" <= c < "Z") or ("0" <= c < "9"):
            chars[i] = chr(ord(c) + 1)
            return "".join(chars)
        else:
            return "".join(chars)
        i -= 1
    first = s[0]
    if first == "z" or ("a" <= first <= "z"):
        prefix = "a"
    elif "A" <= first <= "Z":
        prefix = "A"
    else:
        prefix = "1"
    return prefix + "".join(chars)
