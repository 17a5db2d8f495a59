"""Floating point as C prints and divides it, for languages whose reference VM is in C.

A NaN written as a constant loses its sign in translation, so the one produced by 0/0 is
made at run time (`INFINITY * 0.0`), where it carries the hardware's sign as C's does.
"""
from rpython.rlib.rfloat import INFINITY, copysign, formatd


def ieee_divide(a, b):
    """a / b with IEEE results for a zero divisor (untranslated Python would raise)."""
    if b != 0.0:
        return a / b
    if a == 0.0:
        return INFINITY * a
    if a != a:
        return a
    return copysign(INFINITY, a) * copysign(1.0, b)


def format_g(value):
    """C's printf("%g"): 1, 1.5, 1e+06, -0, nan, -nan, inf."""
    if value != value:
        return "-nan" if copysign(1.0, value) < 0.0 else "nan"
    return formatd(value, 'g', 6)
