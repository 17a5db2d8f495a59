"""float.hex() and float.fromhex(): C99's hexadecimal float notation, exactly as CPython.

fromhex rounds excess digits half-to-even on the bit below the 53rd (fewer for subnormals),
as CPython's float_fromhex does: the digits are read from the least significant end.
"""
import math

from rpython.rlib.rfloat import INFINITY, NAN

from framework import bytestrings

HEX_DIGITS = "0123456789abcdef"
MANT_DIG = 53                # DBL_MANT_DIG
MIN_EXP = -1021              # DBL_MIN_EXP
MAX_EXP = 1024               # DBL_MAX_EXP
EXPONENT_CAP = 1 << 40       # beyond this every result is 0 or an overflow


class HexFloatError(Exception):
    """The text is not a hexadecimal float."""


class HexFloatOverflow(Exception):
    """The value is too large for a float."""


def float_to_hex(value):
    """The text of float.hex(): 0x1.<13 digits>p<exp>, subnormals as 0x0.<digits>p-1022."""
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    sign = "-" if math.copysign(1.0, value) < 0 else ""
    value = abs(value)
    if value == 0.0:
        return sign + "0x0.0p+0"
    mantissa, exponent = math.frexp(value)
    exponent -= 1
    mantissa *= 2.0
    if exponent < -1022:                     # subnormal: leading digit 0
        mantissa = math.ldexp(mantissa, exponent + 1022)
        exponent = -1022
    leading = int(mantissa)
    fraction = mantissa - leading
    digits = []
    for i in range(13):
        fraction *= 16.0
        digit = int(fraction)
        digits.append(HEX_DIGITS[digit])
        fraction -= digit
    return "%s0x%d.%sp%s%d" % (sign, leading, "".join(digits), "+" if exponent >= 0 else "-",
                               abs(exponent))


def hex_value(ch):
    return HEX_DIGITS.find(ch.lower())


def float_from_hex(text):
    """The float a hexadecimal string denotes (HexFloatError, HexFloatOverflow)."""
    text = bytestrings.strip(text, bytestrings.WHITESPACE, True, True)
    negative = text.startswith("-")
    i = 1 if negative or text.startswith("+") else 0
    word = text[i:].lower()
    if word == "inf" or word == "infinity":
        return -INFINITY if negative else INFINITY
    if word == "nan":
        return NAN
    if text[i:i + 2] == "0x" or text[i:i + 2] == "0X":
        i += 2
    digits = []          # values from the first non-zero digit on, most significant first
    fraction_digits = 0
    seen_digit = False
    seen_point = False
    while i < len(text):
        ch = text[i]
        if ch == "." and not seen_point:
            seen_point = True
        elif hex_value(ch) >= 0:
            seen_digit = True
            if digits or ch != "0":
                digits.append(hex_value(ch))
            if seen_point:
                fraction_digits += 1
        else:
            break
        i += 1
    if not seen_digit:
        raise HexFloatError
    exponent = 0
    if i < len(text) and (text[i] == "p" or text[i] == "P"):
        i += 1
        exponent_negative = i < len(text) and text[i] == "-"
        if i < len(text) and (text[i] == "-" or text[i] == "+"):
            i += 1
        if i >= len(text) or not text[i].isdigit():
            raise HexFloatError
        while i < len(text) and text[i].isdigit():
            exponent = min(exponent * 10 + ord(text[i]) - ord("0"), EXPONENT_CAP)
            i += 1
        if exponent_negative:
            exponent = -exponent
    if i != len(text):
        raise HexFloatError
    value = scaled_value(digits, exponent - 4 * fraction_digits)
    return -value if negative else value


def digit_at(digits, index):
    """The hex digit `index` places from the least significant end."""
    return digits[len(digits) - 1 - index]


def scaled_value(digits, exponent):
    """sum(digits) * 2**exponent rounded half-to-even to a float (CPython's algorithm)."""
    ndigits = len(digits)
    if ndigits == 0:
        return 0.0
    top_exp = exponent + 4 * (ndigits - 1)
    leading = digit_at(digits, ndigits - 1)
    while leading:
        top_exp += 1
        leading >>= 1
    if top_exp < MIN_EXP - MANT_DIG:
        return 0.0
    if top_exp > MAX_EXP:
        raise HexFloatOverflow
    lsb = max(top_exp, MIN_EXP) - MANT_DIG
    value = 0.0
    if exponent >= lsb:
        for index in range(ndigits - 1, -1, -1):
            value = 16.0 * value + digit_at(digits, index)
        return math.ldexp(value, exponent)
    half_eps = 1 << ((lsb - exponent - 1) % 4)
    key_digit = (lsb - exponent - 1) // 4
    for index in range(ndigits - 1, key_digit, -1):
        value = 16.0 * value + digit_at(digits, index)
    key = digit_at(digits, key_digit)
    value = 16.0 * value + (key & (16 - 2 * half_eps))
    if key & half_eps:
        round_up = (key & (3 * half_eps - 1)) != 0 or (
            half_eps == 8 and key_digit + 1 < ndigits and
            (digit_at(digits, key_digit + 1) & 1) != 0)
        index = key_digit - 1
        while not round_up and index >= 0:
            round_up = digit_at(digits, index) != 0
            index -= 1
        if round_up:
            value += 2 * half_eps
            if top_exp == MAX_EXP and value == math.ldexp(2.0 * half_eps, MANT_DIG):
                raise HexFloatOverflow
    return math.ldexp(value, exponent + 4 * key_digit)
