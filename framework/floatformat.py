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
