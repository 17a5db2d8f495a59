"""PHP's numbers as text and text as numbers: literals, numeric strings, float printing.

Floats print with `precision` significant digits (14 for echo and string conversion) or
the shortest round-trip digits (serialize_precision -1: var_dump, var_export, json), in
php's %G-like layout: exponent form when the decimal exponent is below -4 or above the
precision, `1.0E+25` with a forced `.0`.
"""
import math

from rpython.rlib.rarithmetic import ovfcheck, r_uint, intmask
from rpython.rlib.rfloat import copysign, INFINITY, NAN
from rpython.rlib.rstring import ParseStringError, ParseStringOverflowError
from rpython.rlib import rfloat

from framework.floatformat import decimal_digits, exponent_notation, fixed_notation
from languages.php.objects import W_Int, W_Float

MAXINT = int(r_uint(-1) >> 1)
MININT = -MAXINT - 1


def parse_int_literal(text):
    """An integer literal (decimal, 0x, 0o/0, 0b, with `_`): a W_Int, or a W_Float when
    it does not fit, as php does."""
    text = without_underscores(text)
    base = 10
    start = 0
    lower = text.lower()
    if lower.startswith("0x"):
        base, start = 16, 2
    elif lower.startswith("0b"):
        base, start = 2, 2
    elif lower.startswith("0o"):
        base, start = 8, 2
    elif len(text) > 1 and text[0] == "0":
        base, start = 8, 1
    value = 0
    fvalue = 0.0
    overflow = False
    for i in range(start, len(text)):
        d = digit_of(text[i])
        if d < 0 or d >= base:
            break
        if not overflow:
            try:
                value = ovfcheck(ovfcheck(value * base) + d)
            except OverflowError:
                overflow = True
                fvalue = float(value) * base + d
                continue
        else:
            fvalue = fvalue * base + d
    if overflow:
        return W_Float(fvalue)
    return W_Int(value)


def without_underscores(text):
    return "".join([ch for ch in text if ch != "_"])


def escape_quotes(text):
    """var_export's single-quoted form: backslashes and quotes escaped."""
    out = []
    for ch in text:
        if ch == "\\" or ch == "'":
            out.append("\\")
        out.append(ch)
    return "".join(out)


def digit_of(ch):
    if "0" <= ch <= "9":
        return ord(ch) - ord("0")
    if "a" <= ch <= "z":
        return ord(ch) - ord("a") + 10
    if "A" <= ch <= "Z":
        return ord(ch) - ord("A") + 10
    return -1


def parse_float_literal(text):
    text = without_underscores(text)
    try:
        return rfloat.string_to_float(text)
    except ParseStringError:
        return 0.0


# -- numeric strings ---------------------------------------------------------------------

# the kinds of string a number is read from
NOT_NUMERIC = 0
LEADING_NUMERIC = 1      # "12abc": a number, then other text (a warning)
NUMERIC = 2              # the whole string (bar surrounding blanks) is the number


def is_blank(ch):
    return ch == " " or ch == "\t" or ch == "\n" or ch == "\r" or ch == "\x0b" or ch == "\x0c"


class NumberScan(object):
    """The result of reading a number from a string."""

    def __init__(self, kind, is_float, intval, floatval):
        self.kind = kind
        self.is_float = is_float
        self.intval = intval
        self.floatval = floatval


def scan_number(s):
    """Read php's numeric prefix of `s` (leading blanks, sign, digits, fraction, exponent)."""
    n = len(s)
    i = 0
    while i < n and is_blank(s[i]):
        i += 1
    start = i
    if i < n and (s[i] == "+" or s[i] == "-"):
        i += 1
    digits_start = i
    while i < n and "0" <= s[i] <= "9":
        i += 1
    int_digits = i - digits_start
    is_float = False
    if i < n and s[i] == ".":
        j = i + 1
        while j < n and "0" <= s[j] <= "9":
            j += 1
        if int_digits > 0 or j > i + 1:
            is_float = True
            i = j
    if int_digits == 0 and not is_float:
        return NumberScan(NOT_NUMERIC, False, 0, 0.0)
    if i < n and (s[i] == "e" or s[i] == "E"):
        j = i + 1
        if j < n and (s[j] == "+" or s[j] == "-"):
            j += 1
        if j < n and "0" <= s[j] <= "9":
            while j < n and "0" <= s[j] <= "9":
                j += 1
            is_float = True
            i = j
    end = i
    while i < n and is_blank(s[i]):
        i += 1
    kind = NUMERIC if i == n else LEADING_NUMERIC
    assert start >= 0 and end >= start
    text = s[start:end]
    if not is_float:
        try:
            return NumberScan(kind, False, string_to_int(text), 0.0)
        except OverflowError:
            return NumberScan(kind, True, 0, parse_float_literal(text))
    return NumberScan(kind, True, 0, parse_float_literal(text))


def string_to_int(text):
    """Decimal digits with an optional sign; OverflowError past 64 bits."""
    negative = False
    i = 0
    if text and (text[0] == "+" or text[0] == "-"):
        negative = text[0] == "-"
        i = 1
    value = 0
    while i < len(text):
        d = ord(text[i]) - ord("0")
        value = ovfcheck(value * 10)
        value = ovfcheck(value - d) if negative else ovfcheck(value + d)
        i += 1
    return value


def float_to_int(f):
    """(int) of a float: php 8 wraps an out-of-range finite value modulo 2**64."""
    if math.isnan(f) or math.isinf(f):
        return 0
    if -9.2233720368547758e18 <= f < 9.2233720368547758e18:
        return int(f)
    m = math.fmod(f, 18446744073709551616.0)
    if m < 0:
        m += 18446744073709551616.0
    if m >= 9.2233720368547758e18:
        m -= 18446744073709551616.0
    return int(m)


def float_fits_int(f):
    return -9.2233720368547758e18 <= f < 9.2233720368547758e18


# -- floats as text -----------------------------------------------------------------------

def format_float(value, precision):
    """echo's (precision 14) or var_dump's (precision 17 meaning shortest) form."""
    if math.isnan(value):
        return "NAN"
    if math.isinf(value):
        return "INF" if value > 0 else "-INF"
    if value == 0.0:
        return "-0" if copysign(1.0, value) < 0 else "0"
    digits, point = decimal_digits(value, -1 if precision == 17 else precision)
    sign = "-" if value < 0.0 else ""
    if point < -3 or point > precision:
        return sign + exponent_notation(digits, point, "E")
    return sign + fixed_notation(digits, point, False)


def repr_float(value):
    """var_export/json layout: shortest digits, `.0` added for integral values."""
    text = format_float(value, 17)
    if "." not in text and "E" not in text and "N" not in text and "I" not in text:
        text += ".0"
    return text
