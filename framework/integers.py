"""The integer tower every language needs: machine words that overflow into rbigint, and
the places where integers meet floats.

The protocol is the same throughout, so a language's int object stays two classes (a word
and a bigint) with no value type of the kit in between:

- `int_X(a, b)` works on machine ints and returns a machine int, or raises OverflowError
  when the exact result needs a bigint;
- the caller then converts its operands (`rbigint.fromint`) and calls `big_X(a, b)`, which
  returns an rbigint; `big.toint()` (OverflowError if it does not fit) narrows it back.
- each `ovfcheck` sits in its own try/except that raises OverflowError again: the JIT's
  codewriter refuses a jitted block whose `ovfcheck` has no handler in the same function.

Errors a language words its own way are the kit's exceptions below, or ZeroDivisionError.
Floor division and modulo follow Python and Ruby; truncating division and remainder follow
C, PHP's intdiv/% and Prolog's // and rem.  Nothing here is specialised on argument types:
an int and a float given to one helper would merge (a translated 2**53 + 1 == 2.0**53 once
answered True that way), so ints and floats have helpers of their own.
"""
import math

from rpython.rlib.rarithmetic import ovfcheck, r_uint, intmask, int_c_div, int_c_mod, LONG_BIT
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rdtoa import strtod
from rpython.rlib.rfloat import INFINITY, NAN, copysign, isfinite
from rpython.rlib.objectmodel import specialize

MAX_BITS = 1 << 36
"""The largest integer the tower builds, in bits (8 GiB); past it IntegerTooLarge."""

EXACT_IN_FLOAT = 1 << 53
"""Every machine int of at most this magnitude converts to a float exactly."""


class IntegerTooLarge(Exception):
    """The result would need more than MAX_BITS bits (Python says MemoryError)."""


class NegativeShiftCount(Exception):
    """A shift by a negative count: Python's ValueError, PHP's ArithmeticError; Ruby and
    Prolog shift the other way instead and never get here."""


class NotInvertible(Exception):
    """pow(base, negative, modulus) where base has no inverse modulo modulus."""


class InvalidLiteral(Exception):
    """Text that is not a number in the base asked for."""


# -- machine words ----------------------------------------------------------------------

def int_add(a, b):
    try:
        return ovfcheck(a + b)
    except OverflowError:
        raise OverflowError


def int_sub(a, b):
    try:
        return ovfcheck(a - b)
    except OverflowError:
        raise OverflowError


def int_mul(a, b):
    try:
        return ovfcheck(a * b)
    except OverflowError:
        raise OverflowError


def int_neg(a):
    try:
        return ovfcheck(-a)
    except OverflowError:
        raise OverflowError


def int_abs(a):
    if a < 0:
        try:
            return ovfcheck(-a)
        except OverflowError:
            raise OverflowError
    return a


def int_floordiv(a, b):
    """a // b rounded towards minus infinity (Python, Ruby)."""
    if b == 0:
        raise ZeroDivisionError
    try:
        return ovfcheck(a // b)
    except OverflowError:
        raise OverflowError


def int_mod(a, b):
    """The remainder with the divisor's sign (Python's %, Ruby's %)."""
    if b == 0:
        raise ZeroDivisionError
    try:
        return ovfcheck(a % b)
    except OverflowError:
        raise OverflowError


def int_truncdiv(a, b):
    """a / b rounded towards zero (C, PHP's intdiv, Prolog's //)."""
    if b == 0:
        raise ZeroDivisionError
    if b == -1:
        try:
            return ovfcheck(-a)
        except OverflowError:
            raise OverflowError
    return int_c_div(a, b)


def int_rem(a, b):
    """The remainder with the dividend's sign (C's %, PHP's %, Prolog's rem)."""
    if b == 0:
        raise ZeroDivisionError
    if b == -1:
        return 0
    return int_c_mod(a, b)


def int_lshift(a, count):
    if count < 0:
        raise NegativeShiftCount
    if a == 0:
        return 0
    if count >= LONG_BIT - 1:
        raise OverflowError
    result = intmask(a << count)
    if (result >> count) != a:
        raise OverflowError
    return result


def int_rshift(a, count):
    """Arithmetic shift: any count past the word's width gives 0 or -1, as in bigints."""
    if count < 0:
        raise NegativeShiftCount
    if count >= LONG_BIT - 1:
        count = LONG_BIT - 1
    return a >> count


def int_pow(base, exponent):
    """base ** exponent for exponent >= 0 (a negative one is the language's business)."""
    assert exponent >= 0
    result = 1
    while exponent > 0:
        if exponent & 1:
            result = ovfcheck(result * base)
        exponent >>= 1
        if exponent:
            base = ovfcheck(base * base)
    return result


def unsigned_magnitude(value):
    """abs(value) as an unsigned word, so that -(-2**63) neither overflows nor becomes the
    C compiler's undefined behaviour."""
    magnitude = r_uint(value)
    if value < 0:
        magnitude = r_uint(0) - magnitude
    return magnitude


def int_bit_length(a):
    """Bits in abs(a), without the sign."""
    value = unsigned_magnitude(a)
    bits = 0
    while value:
        value >>= 1
        bits += 1
    return bits


def int_bit_count(a):
    """Ones in the binary form of abs(a)."""
    value = unsigned_magnitude(a)
    ones = 0
    while value:
        ones += intmask(value & 1)
        value >>= 1
    return ones


# -- bigints ----------------------------------------------------------------------------

ZERO = rbigint.fromint(0)
ONE = rbigint.fromint(1)


def big_floordiv(a, b):
    if not b.tobool():
        raise ZeroDivisionError
    return a.floordiv(b)


def big_mod(a, b):
    if not b.tobool():
        raise ZeroDivisionError
    return a.mod(b)


def big_truncdiv(a, b):
    quotient, remainder = big_floor_divmod(a, b)
    if remainder.tobool() and (a.sign < 0) != (b.sign < 0):
        quotient = quotient.add(ONE)
    return quotient


def big_rem(a, b):
    remainder = big_mod(a, b)
    if remainder.tobool() and (a.sign < 0) != (b.sign < 0):
        remainder = remainder.sub(b)
    return remainder


def big_floor_divmod(a, b):
    if not b.tobool():
        raise ZeroDivisionError
    return a.divmod(b)


def big_lshift(a, count):
    """a << count for a machine-int count; IntegerTooLarge past MAX_BITS."""
    if count < 0:
        raise NegativeShiftCount
    if not a.tobool():
        return a
    if count > MAX_BITS - a.bit_length():
        raise IntegerTooLarge
    return a.lshift(count)


def big_rshift(a, count):
    if count < 0:
        raise NegativeShiftCount
    return a.rshift(count)


def big_bit_count(a):
    ones = 0
    for ch in a.abs().format("01"):
        if ch == "1":
            ones += 1
    return ones


def big_pow(base, exponent):
    """base ** exponent for exponent >= 0; IntegerTooLarge past MAX_BITS."""
    assert exponent.sign >= 0
    if base.abs().le(ONE) or not exponent.tobool():
        return base.pow(exponent)
    try:
        times = exponent.toint()
        bits = ovfcheck((base.bit_length() - 1) * times)
    except OverflowError:
        raise IntegerTooLarge
    if bits > MAX_BITS:
        raise IntegerTooLarge
    return base.pow(exponent)


def big_pow_mod(base, exponent, modulus):
    """pow(base, exponent, modulus), the result taking the modulus's sign; a negative
    exponent uses the inverse of base (NotInvertible when there is none)."""
    if not modulus.tobool():
        raise ZeroDivisionError
    if exponent.sign < 0:
        base = big_mod_inverse(base, modulus.abs())
        exponent = exponent.neg()
    return base.pow(exponent, modulus)


def big_mod_inverse(a, m):
    """The inverse of a modulo m > 0 (extended Euclid)."""
    old_r = a.mod(m)
    r = m
    old_s = ONE
    s = ZERO
    while r.tobool():
        q = old_r.floordiv(r)
        old_r, r = r, old_r.sub(q.mul(r))
        old_s, s = s, old_s.sub(q.mul(s))
    if not old_r.eq(ONE):
        if m.eq(ONE):
            return ZERO
        raise NotInvertible
    return old_s.mod(m)


def big_compare(a, b):
    """-1, 0 or 1."""
    if a.lt(b):
        return -1
    if a.eq(b):
        return 0
    return 1


# -- where ints meet floats -------------------------------------------------------------

UNORDERED = 2
"""What comparing with a NaN gives: only != holds."""


def compare_int_float(a, f):
    """-1, 0 or 1 as the int a is below, equal to or above the float f, exactly (no
    rounding of a to a float), or UNORDERED when f is a NaN."""
    if math.isnan(f):
        return UNORDERED
    if -EXACT_IN_FLOAT <= a <= EXACT_IN_FLOAT:
        g = float(a)
        return (g > f) - (g < f)
    if f >= 9223372036854775808.0:
        return -1
    if f < -9223372036854775808.0:
        return 1
    # |a| > 2**53 and f within the word's range: compare with f's integral part, then
    # with its fraction (which is zero once |f| >= 2**52)
    whole = int(f)
    if a != whole:
        return (a > whole) - (a < whole)
    rest = f - float(whole)
    return (rest < 0.0) - (rest > 0.0)


def compare_big_float(a, f):
    """As compare_int_float, for an rbigint a."""
    if math.isnan(f):
        return UNORDERED
    if math.isinf(f):
        return -1 if f > 0.0 else 1
    floor = math.floor(f)
    c = big_compare(a, rbigint.fromfloat(floor))
    if c == 0 and floor != f:
        return -1
    return c


@specialize.arg(1)
def comparison_holds(c, op):
    """Whether a result of compare_* (or big_compare) satisfies op, a constant among
    'lt', 'le', 'eq', 'ne', 'gt', 'ge'."""
    if c == UNORDERED:
        return op == "ne"
    if op == "lt":
        return c < 0
    if op == "le":
        return c <= 0
    if op == "eq":
        return c == 0
    if op == "ne":
        return c != 0
    if op == "gt":
        return c > 0
    assert op == "ge"
    return c >= 0


def float_to_int(f):
    """The finite float f truncated towards zero; OverflowError past a machine word."""
    if -9223372036854775808.0 <= f < 9223372036854775808.0:
        return int(f)
    raise OverflowError


def float_to_big(f):
    """The finite float f truncated towards zero, as an rbigint."""
    return rbigint.fromfloat(f)


def int_truediv(a, b):
    """a / b as the float nearest to the exact quotient (CPython's rule)."""
    if b == 0:
        raise ZeroDivisionError
    if -EXACT_IN_FLOAT <= a <= EXACT_IN_FLOAT and -EXACT_IN_FLOAT <= b <= EXACT_IN_FLOAT:
        return float(a) / float(b)
    return rbigint.fromint(a).truediv(rbigint.fromint(b))


def big_truediv(a, b):
    """As int_truediv for rbigints; OverflowError when the quotient exceeds a float."""
    if not b.tobool():
        raise ZeroDivisionError
    return a.truediv(b)


def float_floor_divmod(x, y):
    """Floor quotient and a remainder with the divisor's sign, for y != 0 (Python's and
    Ruby's float // and %)."""
    # C's fmod answers NaN for an infinite dividend, where RPython's math.fmod raises.
    mod = NAN if math.isinf(x) and not math.isnan(y) else math.fmod(x, y)
    div = (x - mod) / y
    if mod:
        if (y < 0.0) != (mod < 0.0):
            mod += y
            div -= 1.0
    else:
        mod = copysign(0.0, y)
    if div:
        floordiv = math.floor(div)
        if div - floordiv > 0.5:
            floordiv += 1.0
    else:
        floordiv = copysign(0.0, x / y)
    return floordiv, mod


def ieee_divide(a, b):
    """a / b with IEEE results for a zero divisor (untranslated Python would raise).

    A NaN written as a constant loses its sign in translation, so the one produced by 0/0
    is made at run time (`INFINITY * 0.0`), where it carries the hardware's sign as C's does.
    """
    if b != 0.0:
        return a / b
    if a == 0.0:
        return INFINITY * a
    if a != a:
        return a
    return copysign(INFINITY, a) * copysign(1.0, b)


# -- literals ---------------------------------------------------------------------------

def digit_value(ch):
    """The value of a digit in bases up to 36, or 99 for anything else."""
    if "0" <= ch <= "9":
        return ord(ch) - ord("0")
    if "a" <= ch <= "z":
        return ord(ch) - ord("a") + 10
    if "A" <= ch <= "Z":
        return ord(ch) - ord("A") + 10
    return 99


def integer_base(text, start, base):
    """(base, index after the prefix) for the digits at text[start:]: a 0x/0o/0b prefix is
    taken when base is 0 (then decimal without one) or the prefix's own base."""
    if start + 1 < len(text) and text[start] == "0":
        letter = text[start + 1]
        for prefix, prefix_base in [("x", 16), ("o", 8), ("b", 2)]:
            if (letter == prefix or letter == prefix.upper()) and \
                    (base == 0 or base == prefix_base):
                return prefix_base, start + 2
    if base == 0:
        return 10, start
    return base, start


def split_integer(text, base):
    """(negative, base, digits) of an integer written as [+-][prefix]digits, `_` allowed
    between digits and right after a prefix; InvalidLiteral otherwise.  The digits come
    back without separators, each checked against the base."""
    if base != 0 and (base < 2 or base > 36):
        raise InvalidLiteral
    i = 0
    negative = False
    if i < len(text) and (text[i] == "+" or text[i] == "-"):
        negative = text[i] == "-"
        i += 1
    base, digits_start = integer_base(text, i, base)
    if digits_start > i and digits_start < len(text) and text[digits_start] == "_":
        digits_start += 1
    digits = without_separators(text, digits_start, base)
    return negative, base, digits


def without_separators(text, start, base):
    """text[start:] without its `_` separators, each of which must sit between two digits;
    InvalidLiteral for an empty text or a character that is no digit in base."""
    chars = []
    previous_digit = False
    for k in range(start, len(text)):
        ch = text[k]
        if ch == "_":
            if not previous_digit or k + 1 >= len(text) or text[k + 1] == "_":
                raise InvalidLiteral
            previous_digit = False
            continue
        if digit_value(ch) >= base:
            raise InvalidLiteral
        chars.append(ch)
        previous_digit = True
    if not chars:
        raise InvalidLiteral
    return "".join(chars)


def parse_int(text, base):
    """The integer [+-][prefix]digits in base (2..36, or 0 for prefix-else-decimal) as a
    machine int; OverflowError when it needs parse_big, InvalidLiteral when malformed."""
    negative, base, digits = split_integer(text, base)
    result = 0
    for ch in digits:
        result = ovfcheck(result * base)
        result = ovfcheck(result - digit_value(ch))     # negative: MIN_INT fits
    if negative:
        return result
    return ovfcheck(-result)


def parse_big(text, base):
    """As parse_int, as an rbigint of any size."""
    negative, base, digits = split_integer(text, base)
    # the digits are checked, so fromstr's extras (spaces, a sign, an 'L' suffix, a
    # second prefix) cannot apply
    big = rbigint.fromstr(digits, base)
    if negative:
        big = big.neg()
    return big


def parse_float(text):
    """A decimal float literal, [+-]digits[.digits][(e|E)[+-]digits] or .digits, with `_`
    between digits; InvalidLiteral otherwise.  Words such as inf and nan are each
    language's own."""
    n = len(text)
    i = 0
    if i < n and (text[i] == "+" or text[i] == "-"):
        i += 1
    mantissa_start = i
    i = skip_digits(text, i)
    digits = i - mantissa_start
    if i < n and text[i] == ".":
        i += 1
        fraction_start = i
        i = skip_digits(text, i)
        digits += i - fraction_start
    if digits == 0:
        raise InvalidLiteral
    if i < n and (text[i] == "e" or text[i] == "E"):
        i += 1
        if i < n and (text[i] == "+" or text[i] == "-"):
            i += 1
        exponent_start = i
        i = skip_digits(text, i)
        if i == exponent_start:
            raise InvalidLiteral
    if i != n:
        raise InvalidLiteral
    try:
        return strtod(without_underscores(text))
    except ValueError:
        raise InvalidLiteral


def without_underscores(text):
    """text without its `_` separators, for a lexer that has already checked where they
    sit (str.replace takes only characters in RPython)."""
    if text.find("_") < 0:
        return text
    return "".join([ch for ch in text if ch != "_"])


def skip_digits(text, i):
    """The index after the decimal digits (with `_` between two of them) from i."""
    n = len(text)
    while i < n:
        ch = text[i]
        if "0" <= ch <= "9":
            i += 1
        elif ch == "_" and i > 0 and "0" <= text[i - 1] <= "9" and i + 1 < n and \
                "0" <= text[i + 1] <= "9":
            i += 1
        else:
            break
    return i
