"""Floats as text: the shortest repr that reads back to the same float, and printf's
%e %f %g (%E %F %G) with precision, flags and width, which Python's % and format(), Ruby's
format, PHP's sprintf and Prolog's format/2 are all built from.

Every function is over plain floats and strings.  Languages keep their own spelling of the
non-finite values where it differs (Ruby's Infinity, Prolog's 1.5NaN) by testing
isfinite first; the defaults here are C's (inf, nan).
"""
import math

from rpython.rlib.rfloat import formatd, copysign, DTSF_ADD_DOT_0, DTSF_ALT


def repr_float(value, precision=-1):
    """Python's repr: the shortest digits that read back exactly, always with a '.' or an
    exponent (1.0, 0.1, 1e+16, 1.5e-07), and inf, -inf, nan.  With a precision, that
    many significant digits (at least 1) in the same style, the exponent taken once
    the point would come after the last digit (format(1.0, '.0') is 1e+00)."""
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0.0 else "-inf"
    if precision < 0:
        return formatd(value, 'r', 0, DTSF_ADD_DOT_0)
    return formatd(value, 'g', max(precision, 1), DTSF_ADD_DOT_0)


def is_negative(value):
    """The sign bit, so that -0.0 prints as -0 (a NaN counts as positive, as printf does
    not show its sign in most languages)."""
    if math.isnan(value):
        return False
    return value < 0.0 or (value == 0.0 and copysign(1.0, value) < 0.0)


def format_magnitude(value, conversion, precision, alternate=False):
    """abs(value) formatted by the printf conversion 'e', 'f', 'g' or their capitals, with
    `precision` digits (after the point for e and f, significant for g; 0 means 1 for g).
    `alternate` is the '#' flag: keep the point, and g's trailing zeros.  No sign, no
    padding: callers add those by their own language's rules."""
    magnitude = -value if is_negative(value) else value
    upper = conversion == "E" or conversion == "F" or conversion == "G"
    if math.isnan(value):
        return "NAN" if upper else "nan"
    if math.isinf(value):
        return "INF" if upper else "inf"
    if conversion == "e" or conversion == "E":
        code = "e"                       # a char, as formatd's signature asks
    elif conversion == "f" or conversion == "F":
        code = "f"
    else:
        assert conversion == "g" or conversion == "G"
        code = "g"
    flags = DTSF_ALT if alternate else 0
    text = formatd(magnitude, code, precision, flags)
    if upper:
        text = text.upper()
    return text


def format_printf(value, conversion, flags="", width=-1, precision=-1):
    """C's printf of one float: conversion in 'eEfFgG', flags any of '-', '+', ' ', '0',
    '#', a minimum width (-1: none) and a precision (-1: the default 6).  As in C, zeros
    pad only finite numbers; inf and nan pad with spaces."""
    if precision < 0:
        precision = 6
    body = format_magnitude(value, conversion, precision, "#" in flags)
    sign = ""
    if is_negative(value):
        sign = "-"
    elif "+" in flags:
        sign = "+"
    elif " " in flags:
        sign = " "
    missing = width - len(sign) - len(body)
    if missing <= 0:
        return sign + body
    if "-" in flags:
        return sign + body + " " * missing
    if "0" in flags and not (math.isnan(value) or math.isinf(value)):
        return sign + "0" * missing + body
    return " " * missing + sign + body


def format_g(value):
    """C's printf("%g") as clox prints numbers: 1, 1.5, 1e+06, -0, nan, -nan, inf."""
    if value != value:
        return "-nan" if copysign(1.0, value) < 0.0 else "nan"
    return formatd(value, 'g', 6)


def decimal_digits(value, significant=-1):
    """abs(value) as decimal digits and the place of the point, value = 0.DIGITS x 10**point:
    ("15", 1) for 1.5, ("1", -2) for 0.001, ("0", 1) for 0.0.  The shortest digits that read
    back (significant < 0), else that many significant digits, rounded; never a leading or
    trailing zero but the lone "0".  Finite values only: languages spell inf and nan their
    own way.  PHP's echo, Ruby's to_s and Prolog's write lay these out by their own rules."""
    magnitude = -value if is_negative(value) else value
    if significant < 0:
        text = formatd(magnitude, 'r', 0)
    else:
        text = formatd(magnitude, 'e', max(significant, 1) - 1)
    exponent = 0
    e = text.find("e")
    if e >= 0:
        assert e >= 0
        exponent = int(text[e + 1:])
        text = text[:e]
    dot = text.find(".")
    if dot >= 0:
        assert dot >= 0
        digits = text[:dot] + text[dot + 1:]
        point = dot + exponent
    else:
        digits = text
        point = len(text) + exponent
    start = 0
    while start < len(digits) - 1 and digits[start] == "0":
        start += 1
        point -= 1
    stop = len(digits)
    while stop > start + 1 and digits[stop - 1] == "0":
        stop -= 1
    assert start >= 0 and stop >= 0
    digits = digits[start:stop]
    if digits == "0":
        point = 1
    return digits, point


def fixed_notation(digits, point, dot_zero):
    """decimal_digits laid out without an exponent: 1500, 0.001, 12.5; with `dot_zero` a
    whole number keeps a fraction (1500.0)."""
    if point <= 0:
        return "0." + "0" * -point + digits
    if len(digits) <= point:
        whole = digits + "0" * (point - len(digits))
        return whole + ".0" if dot_zero else whole
    assert point > 0
    return digits[:point] + "." + digits[point:]


def exponent_notation(digits, point, marker="e", plus=True, exponent_digits=1, dot_zero=True):
    """decimal_digits laid out as D.DDD, the marker and the exponent: 1.5e+20 (plus),
    1.0E+25 (marker "E"), 1.0e15 (no plus), 1.0e-05 (exponent_digits 2); without `dot_zero`
    one digit stands alone (1e+20)."""
    mantissa = digits[0]
    if len(digits) > 1:
        mantissa += "." + digits[1:]
    elif dot_zero:
        mantissa += ".0"
    exponent = point - 1
    sign = "-" if exponent < 0 else ("+" if plus else "")
    number = str(abs(exponent))
    if len(number) < exponent_digits:
        number = "0" * (exponent_digits - len(number)) + number
    return mantissa + marker + sign + number
