"""Python's int: a machine word (W_IntObject) that overflows into an rbigint (W_BigIntObject).

Both are the one guest type `int`; every operation first tries the kit's machine-word path
(framework/integers.py) and falls back to its rbigint one, then narrows results that fit
back into a word, so the JIT sees plain integer arithmetic in the common case.  `bool` is
a subclass (True is 1).
"""
import sys

from rpython.rlib import jit
from rpython.rlib.rbigint import rbigint, InvalidSignednessError
from rpython.rlib.objectmodel import specialize

from framework import integers
from languages.python.kit import ClassDef
from languages.python.objects.base import W_Object

classdef = ClassDef("int")


def wrap_bigint(space, big):
    """A bigint result, narrowed to a machine int when it fits."""
    try:
        return space.newint(big.toint())
    except OverflowError:
        return W_BigIntObject(big)


def is_int(w_obj):
    return isinstance(w_obj, W_AbstractIntObject)


def to_bigint(w_obj):
    if isinstance(w_obj, W_IntObject):
        return rbigint.fromint(w_obj.intval)
    assert isinstance(w_obj, W_BigIntObject)
    return w_obj.bigval


@specialize.arg(1)
def int_binop(space, op, w_a, w_b):
    """`w_a op w_b` for two ints (either representation); op is a constant string."""
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        try:
            return space.newint(word_binop(op, w_a.intval, w_b.intval))
        except OverflowError:
            pass
        except ZeroDivisionError:
            raise division_by_zero(space, op)
        except integers.NegativeShiftCount:
            raise space.error(space.w_ValueError, "negative shift count")
    return bigint_binop(space, op, to_bigint(w_a), to_bigint(w_b))


@specialize.arg(0)
def word_binop(op, a, b):
    if op == "+":
        return integers.int_add(a, b)
    elif op == "-":
        return integers.int_sub(a, b)
    elif op == "*":
        return integers.int_mul(a, b)
    elif op == "//":
        return integers.int_floordiv(a, b)
    elif op == "%":
        return integers.int_mod(a, b)
    elif op == "&":
        return a & b
    elif op == "|":
        return a | b
    elif op == "^":
        return a ^ b
    elif op == "<<":
        return integers.int_lshift(a, b)
    elif op == ">>":
        return integers.int_rshift(a, b)
    raise AssertionError(op)


@specialize.arg(1)
def division_by_zero(space, op):
    if op == "//":
        return space.error(space.w_ZeroDivisionError, "integer division or modulo by zero")
    return space.error(space.w_ZeroDivisionError, "integer modulo by zero")


@specialize.arg(1)
@jit.dont_look_inside
def bigint_binop(space, op, a, b):
    try:
        if op == "+":
            return wrap_bigint(space, a.add(b))
        elif op == "-":
            return wrap_bigint(space, a.sub(b))
        elif op == "*":
            return wrap_bigint(space, a.mul(b))
        elif op == "//":
            return wrap_bigint(space, integers.big_floordiv(a, b))
        elif op == "%":
            return wrap_bigint(space, integers.big_mod(a, b))
        elif op == "&":
            return wrap_bigint(space, a.and_(b))
        elif op == "|":
            return wrap_bigint(space, a.or_(b))
        elif op == "^":
            return wrap_bigint(space, a.xor(b))
        elif op == "<<":
            return wrap_bigint(space, bigint_lshift(space, a, b))
        elif op == ">>":
            if b.sign < 0:
                raise integers.NegativeShiftCount
            try:
                shift = b.toint()
            except OverflowError:
                shift = sys.maxint
            return wrap_bigint(space, integers.big_rshift(a, shift))
    except ZeroDivisionError:
        raise division_by_zero(space, op)
    except integers.NegativeShiftCount:
        raise space.error(space.w_ValueError, "negative shift count")
    raise AssertionError(op)


def bigint_lshift(space, a, count):
    """a << count, failing as CPython 3.11 does: a count whose number of 30-bit digits
    needs more than a machine word is OverflowError, any other impossible size is
    MemoryError (CPython tries to allocate it)."""
    if count.sign < 0:
        raise integers.NegativeShiftCount
    if not a.tobool():
        return a
    try:
        return integers.big_lshift(a, count.toint())
    except OverflowError:
        pass
    except integers.IntegerTooLarge:
        raise space.error_noargs(space.exception_types["MemoryError"])
    if count.bit_length() > 65:
        raise space.error(space.w_OverflowError, "too many digits in integer")
    raise space.error_noargs(space.exception_types["MemoryError"])


def int_pow(space, w_a, w_b, w_mod):
    """int ** int [% mod]; a negative exponent without modulus gives a float."""
    b = to_bigint(w_b)
    if w_mod is not None:
        try:
            return wrap_bigint(space, integers.big_pow_mod(to_bigint(w_a), b,
                                                           to_bigint(w_mod)))
        except ZeroDivisionError:
            raise space.error(space.w_ValueError, "pow() 3rd argument cannot be 0")
        except integers.NotInvertible:
            raise space.error(space.w_ValueError,
                              "base is not invertible for the given modulus")
    if b.sign < 0:
        return space.float_pow(space.int_to_float(w_a), space.int_to_float(w_b))
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        try:
            return space.newint(integers.int_pow(w_a.intval, w_b.intval))
        except OverflowError:
            pass
    try:
        return wrap_bigint(space, integers.big_pow(to_bigint(w_a), b))
    except integers.IntegerTooLarge:
        raise space.error_noargs(space.exception_types["MemoryError"])


def int_compare(w_a, w_b):
    """-1, 0 or 1."""
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        a = w_a.intval
        b = w_b.intval
        return (a > b) - (a < b)
    return integers.big_compare(to_bigint(w_a), to_bigint(w_b))


def int_str(w_obj):
    if isinstance(w_obj, W_IntObject):
        return str(w_obj.intval)
    assert isinstance(w_obj, W_BigIntObject)
    return w_obj.bigval.str()


def int_hash(w_obj):
    """CPython's hash of an int: value modulo 2**61 - 1, sign kept, -1 becomes -2."""
    modulus = (1 << 61) - 1
    if isinstance(w_obj, W_IntObject) and w_obj.intval > -modulus:
        value = w_obj.intval
        if value >= 0:
            h = value % modulus
        else:
            h = -((-value) % modulus)
    else:
        big = to_bigint(w_obj)
        h = big.abs().mod(rbigint.fromint((1 << 61) - 1)).toint()
        if big.sign < 0:
            h = -h
    if h == -1:
        h = -2
    return h


def make_binop_methods(symbol, name):
    def forward(self, space, w_other):
        if not is_int(w_other):
            return space.w_NotImplemented
        return int_binop(space, symbol, self, w_other)

    def reverse(self, space, w_other):
        if not is_int(w_other):
            return space.w_NotImplemented
        return int_binop(space, symbol, w_other, self)

    forward.__name__ = "int_" + name
    reverse.__name__ = "int_r" + name
    return forward, reverse


class W_AbstractIntObject(W_Object):
    def getclass(self, space):
        return space.w_int


class W_IntObject(W_AbstractIntObject):
    _immutable_fields_ = ['intval']

    def __init__(self, intval):
        self.intval = intval

    def is_w(self, space, w_other):
        return (isinstance(w_other, W_IntObject) and self.intval == w_other.intval and
                space.type(self) is space.type(w_other))

    def __repr__(self):
        return "W_Int(%d)" % self.intval


class W_BigIntObject(W_AbstractIntObject):
    _immutable_fields_ = ['bigval']

    def __init__(self, bigval):
        self.bigval = bigval


for _symbol, _name in [("+", "add"), ("-", "sub"), ("*", "mul"), ("//", "floordiv"),
                       ("%", "mod"), ("&", "and"), ("|", "or"), ("^", "xor"),
                       ("<<", "lshift"), (">>", "rshift")]:
    _forward, _reverse = make_binop_methods(_symbol, _name)
    classdef.method("__%s__" % _name)(_forward)
    classdef.method("__r%s__" % _name)(_reverse)


@classdef.method("__truediv__")
def int_truediv(self, space, w_other):
    if not is_int(w_other):
        return space.w_NotImplemented
    return space.int_truediv(self, w_other)


@classdef.method("__rtruediv__")
def int_rtruediv(self, space, w_other):
    if not is_int(w_other):
        return space.w_NotImplemented
    return space.int_truediv(w_other, self)


@classdef.method("__pow__")
def int_pow_method(self, space, w_other, w_mod=None):
    if not is_int(w_other) or (w_mod is not None and not is_int(w_mod)):
        return space.w_NotImplemented
    return int_pow(space, self, w_other, w_mod)


@classdef.method("__rpow__")
def int_rpow_method(self, space, w_other):
    if not is_int(w_other):
        return space.w_NotImplemented
    return int_pow(space, w_other, self, None)


@classdef.method("__divmod__")
def int_divmod(self, space, w_other):
    if not is_int(w_other):
        return space.w_NotImplemented
    return space.newtuple([int_binop(space, "//", self, w_other),
                           int_binop(space, "%", self, w_other)])


@classdef.method("__neg__")
def int_neg(self, space):
    if isinstance(self, W_IntObject):
        try:
            return space.newint(integers.int_neg(self.intval))
        except OverflowError:
            pass
    return wrap_bigint(space, to_bigint(self).neg())


@classdef.method("__pos__")
def int_pos(self, space):
    if isinstance(self, W_IntObject):
        return space.newint(self.intval)
    if type(self) is not W_BigIntObject:
        assert isinstance(self, W_BigIntObject)
        return W_BigIntObject(self.bigval)
    return self


@classdef.method("__abs__")
def int_abs(self, space):
    if int_compare(self, space.newint(0)) < 0:
        return int_neg(self, space)
    return int_pos(self, space)


@classdef.method("__invert__")
def int_invert(self, space):
    if isinstance(self, W_IntObject):
        return space.newint(~self.intval)
    return wrap_bigint(space, to_bigint(self).invert())


@classdef.method("__bool__")
def int_bool(self, space):
    if isinstance(self, W_IntObject):
        return space.newbool(self.intval != 0)
    return space.newbool(to_bigint(self).tobool())


@classdef.method("__repr__")
def int_repr(self, space):
    from languages.python.intdigits import decimal_text
    return space.newstr(decimal_text(space, self))


@classdef.method("__hash__")
def int_hash_method(self, space):
    return space.newint(int_hash(self))


@classdef.method("__index__")
def int_index(self, space):
    return int_pos(self, space)


@classdef.method("__int__")
def int_int(self, space):
    return int_pos(self, space)


@classdef.method("__float__")
def int_float(self, space):
    return space.int_to_float(self)


def make_compare_method(name, test):
    def compare(self, space, w_other):
        if not is_int(w_other):
            return space.w_NotImplemented
        return space.newbool(test(int_compare(self, w_other)))
    compare.__name__ = "int_" + name
    return compare


for _name, _test in [("lt", lambda c: c < 0), ("le", lambda c: c <= 0),
                     ("gt", lambda c: c > 0), ("ge", lambda c: c >= 0),
                     ("eq", lambda c: c == 0), ("ne", lambda c: c != 0)]:
    classdef.method("__%s__" % _name)(make_compare_method(_name, _test))


@classdef.method("bit_length")
def int_bit_length(self, space):
    if isinstance(self, W_IntObject):
        return space.newint(integers.int_bit_length(self.intval))
    return space.newint(to_bigint(self).abs().bit_length())


@classdef.method("bit_count")
def int_bit_count(self, space):
    """Ones in the binary form of abs(self)."""
    if isinstance(self, W_IntObject):
        return space.newint(integers.int_bit_count(self.intval))
    return space.newint(integers.big_bit_count(to_bigint(self)))


@classdef.method("as_integer_ratio")
def int_as_integer_ratio(self, space):
    return space.newtuple([int_pos(self, space), space.newint(1)])


@classdef.method("conjugate")
def int_conjugate(self, space):
    return int_pos(self, space)


@classdef.getter("real")
def int_real(self, space):
    return int_pos(self, space)


@classdef.getter("numerator")
def int_numerator(self, space):
    return int_pos(self, space)


@classdef.getter("imag")
def int_imag(self, space):
    return space.newint(0)


@classdef.getter("denominator")
def int_denominator(self, space):
    return space.newint(1)


def byteorder_of(space, fname, w_byteorder):
    """The byteorder argument of int.to_bytes and int.from_bytes ('big' when left out)."""
    if w_byteorder is None:
        return "big"
    byteorder = space.str_w_strict(w_byteorder, fname + "() argument 'byteorder' must be "
                                                        "str, not %s")
    if byteorder != "big" and byteorder != "little":
        raise space.error(space.w_ValueError, "byteorder must be either 'little' or 'big'")
    return byteorder


@classdef.method("to_bytes", posonly=0, kwonly=["w_signed"])
def int_to_bytes(self, space, w_length=None, w_byteorder=None, w_signed=None):
    byteorder = byteorder_of(space, "to_bytes", w_byteorder)
    signed = w_signed is not None and space.is_true(w_signed)
    length = 1
    if w_length is not None:
        length = space.index_w(w_length, "'%s' object cannot be interpreted as an integer")
    if length < 0:
        raise space.error(space.w_ValueError, "length argument must be non-negative")
    try:
        data = to_bigint(self).tobytes(length, byteorder, signed)
    except InvalidSignednessError:
        raise space.error(space.w_OverflowError, "can't convert negative int to unsigned")
    except OverflowError:
        raise space.error(space.w_OverflowError, "int too big to convert")
    return space.newbytes(data)


@classdef.method("from_bytes", classmethod=True, posonly=0, kwonly=["w_signed"])
def int_from_bytes(w_cls, space, w_bytes, w_byteorder=None, w_signed=None):
    from languages.python.objects.bytesobject import bytes_from_iterable
    byteorder = byteorder_of(space, "from_bytes", w_byteorder)
    signed = w_signed is not None and space.is_true(w_signed)
    w_int = wrap_bigint(space, rbigint.frombytes(bytes_from_iterable(space, w_bytes),
                                                 byteorder, signed))
    if w_cls is not space.w_int:
        return space.call_function(w_cls, [w_int])
    return w_int


classdef.exposes(W_AbstractIntObject)
