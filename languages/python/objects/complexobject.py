"""complex: a pair of floats with the arithmetic and repr CPython gives them."""
import math

from rpython.rlib.rarithmetic import intmask
from rpython.rlib.rfloat import NAN

from framework.floatformat import repr_float
from languages.python.kit import ClassDef
from languages.python.objects.base import W_Object

classdef = ClassDef("complex")


class W_ComplexObject(W_Object):
    _immutable_fields_ = ['real', 'imag']

    def __init__(self, real, imag):
        self.real = real
        self.imag = imag

    def getclass(self, space):
        return space.w_complex


def as_complex(space, w_obj):
    """(real, imag, ok) of a complex, int or float operand."""
    from languages.python.objects.floatobject import W_FloatObject
    if isinstance(w_obj, W_ComplexObject):
        return w_obj.real, w_obj.imag, True
    if isinstance(w_obj, W_FloatObject):
        return w_obj.floatval, 0.0, True
    if space.is_int(w_obj):
        return space.float_w(w_obj), 0.0, True
    return 0.0, 0.0, False


def format_part(value):
    text = repr_float(value)
    if text.endswith(".0"):
        end = len(text) - 2
        assert end >= 0
        text = text[:end]
    return text


def complex_repr_text(real, imag):
    imag_text = format_part(imag)
    if real == 0.0 and math.copysign(1.0, real) > 0:
        return imag_text + "j"
    # The sign of a negative zero shows; a NaN always prints as +nan.
    sign = "+" if math.isnan(imag) or math.copysign(1.0, imag) > 0.0 else ""
    return "(" + format_part(real) + sign + imag_text + "j)"


@classdef.method("__repr__")
def complex_repr(self, space):
    return space.newstr(complex_repr_text(self.real, self.imag))


def make_binop(name, reflected):
    def method(self, space, w_other):
        a_re = self.real
        a_im = self.imag
        b_re, b_im, ok = as_complex(space, w_other)
        if not ok:
            return space.w_NotImplemented
        if reflected:
            a_re, a_im, b_re, b_im = b_re, b_im, a_re, a_im
        if name == "add":
            return W_ComplexObject(a_re + b_re, a_im + b_im)
        if name == "sub":
            return W_ComplexObject(a_re - b_re, a_im - b_im)
        if name == "mul":
            re, im = product(a_re, a_im, b_re, b_im)
            return W_ComplexObject(re, im)
        if b_re == 0.0 and b_im == 0.0:
            raise space.error(space.w_ZeroDivisionError, "complex division by zero")
        re, im = quotient(a_re, a_im, b_re, b_im)
        return W_ComplexObject(re, im)
    method.__name__ = "complex_%s%s" % ("r" if reflected else "", name)
    return method


for _name in ["add", "sub", "mul", "truediv"]:
    classdef.method("__%s__" % _name)(make_binop(_name, False))
    classdef.method("__r%s__" % _name)(make_binop(_name, True))


def complex_power(space, a_re, a_im, b_re, b_im):
    """CPython's complex power: repeated squaring for small integral exponents (exact where
    it can be), polar form otherwise."""
    if b_im == 0.0 and b_re == math.floor(b_re) and abs(b_re) <= 100.0:
        re, im = integer_power(space, a_re, a_im, int(b_re))
    elif b_re == 0.0 and b_im == 0.0:
        re, im = 1.0, 0.0
    elif a_re == 0.0 and a_im == 0.0:
        if b_im != 0.0 or b_re < 0.0:
            raise space.error(space.w_ZeroDivisionError,
                              "0.0 to a negative or complex power")
        re, im = 0.0, 0.0
    else:
        try:
            re, im = polar_power(a_re, a_im, b_re, b_im)
        except OverflowError:
            raise space.error(space.w_OverflowError, "complex exponentiation")
    if math.isinf(re) or math.isinf(im):
        raise space.error(space.w_OverflowError, "complex exponentiation")
    return W_ComplexObject(re, im)


def polar_power(a_re, a_im, b_re, b_im):
    magnitude = math.hypot(a_re, a_im)
    angle = math.atan2(a_im, a_re)
    length = math.pow(magnitude, b_re)
    phase = angle * b_re
    if b_im != 0.0:
        length /= math.exp(angle * b_im)
        phase += b_im * math.log(magnitude)
    return length * math.cos(phase), length * math.sin(phase)


def product(a_re, a_im, b_re, b_im):
    return a_re * b_re - a_im * b_im, a_re * b_im + a_im * b_re


def quotient(a_re, a_im, b_re, b_im):
    """a / b by Smith's method, as CPython divides (the divisor is not zero)."""
    if abs(b_re) >= abs(b_im):
        ratio = b_im / b_re
        denominator = b_re + b_im * ratio
        return (a_re + a_im * ratio) / denominator, (a_im - a_re * ratio) / denominator
    if abs(b_im) >= abs(b_re):
        ratio = b_re / b_im
        denominator = b_re * ratio + b_im
        return (a_re * ratio + a_im) / denominator, (a_im * ratio - a_re) / denominator
    return NAN, NAN                             # a NaN in the divisor


def integer_power(space, a_re, a_im, n):
    if n >= 0:
        return positive_power(a_re, a_im, n)
    re, im = positive_power(a_re, a_im, -n)
    if re == 0.0 and im == 0.0:
        raise space.error(space.w_ZeroDivisionError, "0.0 to a negative or complex power")
    return quotient(1.0, 0.0, re, im)


def positive_power(a_re, a_im, n):
    re, im = 1.0, 0.0
    base_re, base_im = a_re, a_im
    while n > 0:
        if n & 1:
            re, im = product(re, im, base_re, base_im)
        base_re, base_im = product(base_re, base_im, base_re, base_im)
        n >>= 1
    return re, im


def make_pow(reflected):
    def method(self, space, w_other, w_modulo=None):
        if w_modulo is not None and not space.is_none(w_modulo):
            raise space.error(space.w_ValueError, "complex modulo")
        b_re, b_im, ok = as_complex(space, w_other)
        if not ok:
            return space.w_NotImplemented
        if reflected:
            return complex_power(space, b_re, b_im, self.real, self.imag)
        return complex_power(space, self.real, self.imag, b_re, b_im)
    method.__name__ = "complex_rpow" if reflected else "complex_pow"
    return method


classdef.method("__pow__")(make_pow(False))
classdef.method("__rpow__")(make_pow(True))


@classdef.method("__eq__")
def complex_eq(self, space, w_other):
    re, im, ok = as_complex(space, w_other)
    if not ok:
        return space.w_NotImplemented
    return space.newbool(self.real == re and self.imag == im)


@classdef.method("__ne__")
def complex_ne(self, space, w_other):
    re, im, ok = as_complex(space, w_other)
    if not ok:
        return space.w_NotImplemented
    return space.newbool(not (self.real == re and self.imag == im))


@classdef.method("__neg__")
def complex_neg(self, space):
    return W_ComplexObject(-self.real, -self.imag)


@classdef.method("__pos__")
def complex_pos(self, space):
    return W_ComplexObject(self.real, self.imag)


@classdef.method("__abs__")
def complex_abs(self, space):
    return space.newfloat(math.hypot(self.real, self.imag))


@classdef.method("__bool__")
def complex_bool(self, space):
    return space.newbool(self.real != 0.0 or self.imag != 0.0)


@classdef.method("__hash__")
def complex_hash(self, space):
    h = intmask(space.float_hash(self.real) + 1000003 * space.float_hash(self.imag))
    return space.newint(-2 if h == -1 else h)


@classdef.method("conjugate")
def complex_conjugate(self, space):
    return W_ComplexObject(self.real, -self.imag)


@classdef.getter("real")
def complex_real(self, space):
    return space.newfloat(self.real)


@classdef.getter("imag")
def complex_imag(self, space):
    return space.newfloat(self.imag)


classdef.exposes(W_ComplexObject)
