"""float: an RPython float, printed with CPython's shortest round-trip repr."""
import math

from rpython.rlib.rfloat import isfinite
from rpython.rlib.rbigint import rbigint
from rpython.rlib.longlong2float import float2longlong
from rpython.rlib.objectmodel import specialize

from framework import integers
from framework.floatformat import repr_float
from framework.integers import float_floor_divmod
from languages.python.kit import ClassDef
from languages.python.objects.base import W_Object
from languages.python.objects import intobject, floathex

classdef = ClassDef("float")


class W_FloatObject(W_Object):
    _immutable_fields_ = ['floatval']

    def __init__(self, floatval):
        self.floatval = floatval

    def getclass(self, space):
        return space.w_float

    def is_w(self, space, w_other):
        """Equal bits, same identity (as for ints): a list stores floats unboxed and boxes
        them afresh on each read, so `lst[0] is x` must not depend on the box.  A NaN is
        never stored unboxed and keeps real identity, so `float('nan') is float('nan')`
        stays False; user subclasses override this with real identity."""
        if self is w_other:
            return True
        return (type(w_other) is W_FloatObject and type(self) is W_FloatObject and
                not math.isnan(self.floatval) and
                float2longlong(self.floatval) == float2longlong(w_other.floatval))

    def __repr__(self):
        return "W_Float(%s)" % self.floatval


def as_float(space, w_obj):
    """The float value of an int or float, or None-equivalent flag via exception."""
    if isinstance(w_obj, W_FloatObject):
        return w_obj.floatval
    return space.int_to_float(w_obj).floatval


def is_number(w_obj):
    return isinstance(w_obj, W_FloatObject) or intobject.is_int(w_obj)


@specialize.arg(1)
def float_binop(space, op, a, b):
    if op == "+":
        return space.newfloat(a + b)
    elif op == "-":
        return space.newfloat(a - b)
    elif op == "*":
        return space.newfloat(a * b)
    elif op == "/":
        if b == 0.0:
            raise space.error(space.w_ZeroDivisionError, "float division by zero")
        return space.newfloat(a / b)
    elif op == "//":
        if b == 0.0:
            raise space.error(space.w_ZeroDivisionError, "float floor division by zero")
        return space.newfloat(float_floor_divmod(a, b)[0])
    elif op == "%":
        if b == 0.0:
            raise space.error(space.w_ZeroDivisionError, "float modulo")
        return space.newfloat(float_floor_divmod(a, b)[1])
    elif op == "**":
        return space.float_pow(space.newfloat(a), space.newfloat(b))
    raise AssertionError(op)


def make_binop_methods(symbol, name):
    def forward(self, space, w_other):
        if not is_number(w_other):
            return space.w_NotImplemented
        return float_binop(space, symbol, self.floatval, as_float(space, w_other))

    def reverse(self, space, w_other):
        if not is_number(w_other):
            return space.w_NotImplemented
        return float_binop(space, symbol, as_float(space, w_other), self.floatval)

    forward.__name__ = "float_" + name
    reverse.__name__ = "float_r" + name
    return forward, reverse


for _symbol, _name in [("+", "add"), ("-", "sub"), ("*", "mul"), ("/", "truediv"),
                       ("//", "floordiv"), ("%", "mod"), ("**", "pow")]:
    _forward, _reverse = make_binop_methods(_symbol, _name)
    classdef.method("__%s__" % _name)(_forward)
    classdef.method("__r%s__" % _name)(_reverse)


def make_compare_method(name):
    def compare(self, space, w_other):
        if isinstance(w_other, W_FloatObject):
            return space.newbool(compare_floats(self.floatval, w_other.floatval, name))
        if isinstance(w_other, intobject.W_IntObject):
            c = integers.compare_int_float(w_other.intval, self.floatval)
        elif isinstance(w_other, intobject.W_BigIntObject):
            c = integers.compare_big_float(w_other.bigval, self.floatval)
        else:
            return space.w_NotImplemented
        if c != integers.UNORDERED:
            c = -c                       # the float is on the left
        return space.newbool(integers.comparison_holds(c, name))
    compare.__name__ = "float_" + name
    return compare


@specialize.arg(2)
def compare_floats(a, b, name):
    if name == "lt":
        return a < b
    elif name == "le":
        return a <= b
    elif name == "gt":
        return a > b
    elif name == "ge":
        return a >= b
    elif name == "eq":
        return a == b
    return a != b


for _name in ["lt", "le", "gt", "ge", "eq", "ne"]:
    classdef.method("__%s__" % _name)(make_compare_method(_name))


@classdef.method("__repr__")
def float_repr(self, space):
    return space.newstr(repr_float(self.floatval))


@classdef.method("__neg__")
def float_neg(self, space):
    return space.newfloat(-self.floatval)


@classdef.method("__pos__")
def float_pos(self, space):
    return space.newfloat(self.floatval)


@classdef.method("__abs__")
def float_abs(self, space):
    return space.newfloat(abs(self.floatval))


@classdef.method("__bool__")
def float_bool(self, space):
    return space.newbool(self.floatval != 0.0)


@classdef.method("__int__")
def float_int(self, space):
    return space.float_to_int(self.floatval)


@classdef.method("__float__")
def float_float(self, space):
    return space.newfloat(self.floatval)


@classdef.method("__hash__")
def float_hash(self, space):
    value = self.floatval
    if math.floor(value) == value and isfinite(value):
        return space.hash(space.float_to_int(value))
    return space.newint(space.float_hash(value))


@classdef.method("__divmod__")
def float_divmod_method(self, space, w_other):
    if not is_number(w_other):
        return space.w_NotImplemented
    b = as_float(space, w_other)
    if b == 0.0:
        raise space.error(space.w_ZeroDivisionError, "float divmod()")
    div, mod = float_floor_divmod(self.floatval, b)
    return space.newtuple([space.newfloat(div), space.newfloat(mod)])


@classdef.method("is_integer")
def float_is_integer(self, space):
    value = self.floatval
    return space.newbool(isfinite(value) and math.floor(value) == value)


@classdef.method("as_integer_ratio")
def float_as_integer_ratio(self, space):
    value = self.floatval
    if math.isinf(value):
        raise space.error(space.w_OverflowError, "cannot convert Infinity to integer ratio")
    if math.isnan(value):
        raise space.error(space.w_ValueError, "cannot convert NaN to integer ratio")
    mantissa, exponent = math.frexp(value)
    for i in range(300):
        if mantissa == math.floor(mantissa):
            break
        mantissa *= 2.0
        exponent -= 1
    numerator = rbigint.fromfloat(mantissa)
    denominator = rbigint.fromint(1)
    if exponent > 0:
        numerator = numerator.lshift(exponent)
    else:
        denominator = denominator.lshift(-exponent)
    return space.newtuple([space.newbigint(numerator), space.newbigint(denominator)])


@classdef.method("conjugate")
def float_conjugate(self, space):
    return space.newfloat(self.floatval)


@classdef.method("hex")
def float_hex(self, space):
    return space.newstr(floathex.float_to_hex(self.floatval))


@classdef.method("fromhex", classmethod=True)
def float_fromhex(w_cls, space, w_string):
    text = space.str_w_strict(w_string, "bad argument type for built-in operation")
    try:
        value = floathex.float_from_hex(text)
    except floathex.HexFloatError:
        raise space.error(space.w_ValueError,
                          "invalid hexadecimal floating-point string")
    except floathex.HexFloatOverflow:
        raise space.error(space.w_OverflowError,
                          "hexadecimal value too large to represent as a float")
    w_result = space.newfloat(value)
    if w_cls is not space.w_float:
        return space.call_function(w_cls, [w_result])
    return w_result


@classdef.method("__round__")
def float_round(self, space, w_ndigits=None):
    return space.round_float(self.floatval, w_ndigits)


@classdef.getter("real")
def float_real(self, space):
    return space.newfloat(self.floatval)


@classdef.getter("imag")
def float_imag(self, space):
    return space.newfloat(0.0)


classdef.exposes(W_FloatObject)
