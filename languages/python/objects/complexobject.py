"""complex: a pair of floats with the arithmetic and repr CPython gives them."""
import math

from rpython.rlib.rarithmetic import intmask

from framework.classdef import ClassDef
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
    from languages.python.objects.floatobject import float_repr_text
    text = float_repr_text(value)
    if text.endswith(".0"):
        end = len(text) - 2
        assert end >= 0
        text = text[:end]
    return text


def complex_repr_text(real, imag):
    imag_text = format_part(imag)
    if real == 0.0 and math.copysign(1.0, real) > 0:
        return imag_text + "j"
    sign = "+" if imag >= 0.0 or math.isnan(imag) else ""
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
            return W_ComplexObject(a_re * b_re - a_im * b_im, a_re * b_im + a_im * b_re)
        denominator = b_re * b_re + b_im * b_im
        if denominator == 0.0:
            raise space.error(space.w_ZeroDivisionError, "complex division by zero")
        return W_ComplexObject((a_re * b_re + a_im * b_im) / denominator,
                               (a_im * b_re - a_re * b_im) / denominator)
    method.__name__ = "complex_%s%s" % ("r" if reflected else "", name)
    return method


for _name in ["add", "sub", "mul", "truediv"]:
    classdef.method("__%s__" % _name)(make_binop(_name, False))
    classdef.method("__r%s__" % _name)(make_binop(_name, True))


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
