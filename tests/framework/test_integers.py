"""framework/integers.py: the tower's arithmetic, parsing and int/float meeting points,
against values CPython 3.11 computed (tables recorded with python3)."""
import pytest

from rpython.rlib.rbigint import rbigint
from rpython.rlib.rfloat import INFINITY as INF, NAN
from rpython.rtyper.test.test_llinterp import interpret

from framework import integers
from framework.integers import (
    int_add, int_sub, int_mul, int_neg, int_abs, int_floordiv, int_mod, int_truncdiv,
    int_rem, int_lshift, int_rshift, int_pow, int_bit_length, int_bit_count, big_floordiv,
    big_mod, big_truncdiv, big_rem, big_lshift, big_rshift, big_pow, big_pow_mod,
    big_bit_count, compare_int_float, compare_big_float, comparison_holds, UNORDERED,
    float_to_int, float_to_big, int_truediv, big_truediv, float_floor_divmod, ieee_divide,
    parse_int, parse_big, parse_float, without_underscores, IntegerTooLarge, NegativeShiftCount, NotInvertible,
    InvalidLiteral, MAX_BITS)

MAX = 2 ** 63 - 1
MIN = -2 ** 63

DIVISIONS = [
    (7, 2, 3, 1, 3, 1),
    (-7, 2, -4, 1, -3, -1),
    (7, -2, -4, -1, -3, 1),
    (-7, -2, 3, -1, 3, -1),
    (6, 3, 2, 0, 2, 0),
    (-6, 3, -2, 0, -2, 0),
    (0, 5, 0, 0, 0, 0),
    (-9223372036854775808, -1, 9223372036854775808, 0, 9223372036854775808, 0),
    (-9223372036854775808, 1, -9223372036854775808, 0, -9223372036854775808, 0),
    (9223372036854775807, -1, -9223372036854775807, 0, -9223372036854775807, 0),
    (-9223372036854775808, 7, -1317624576693539402, 6, -1317624576693539401, -1),
    (1000000000000000000000000000000, 7, 142857142857142857142857142857, 1, 142857142857142857142857142857, 1),
    (-1000000000000000000000000000000, 7, -142857142857142857142857142858, 6, -142857142857142857142857142857, -1),
    (1000000000000000000000000000000, -1000000000000000, -1000000000000000, 0, -1000000000000000, 0),
    (-1000000000000000000000000000000, -1000000000000003, 999999999999997, -9, 999999999999997, -9),
    (5, 100000000000000000000, 0, 5, 0, 5),
    (-5, 100000000000000000000, -1, 99999999999999999995, 0, -5),
]
COMPARISONS = [
    (9007199254740993, 9007199254740992.0, 1),
    (9007199254740992, 9007199254740992.0, 0),
    (9007199254740991, 9007199254740992.0, -1),
    (-9007199254740993, -9007199254740992.0, -1),
    (9223372036854775807, 9.223372036854776e+18, -1),
    (-9223372036854775808, -9.223372036854776e+18, 0),
    (4611686018427387905, 4.611686018427388e+18, 1),
    (4611686018427387904, 4.611686018427389e+18, -1),
    (3, 3.5, -1),
    (3, 2.5, 1),
    (-3, -3.5, 1),
    (0, -0.0, 0),
    (1, INF, -1),
    (-1, -INF, 1),
    (10 ** 400, INF, -1),
    (-10 ** 400, -INF, 1),
    (100000000000000000000, 1e+20, 0),
    (100000000000000000001, 1e+20, 1),
    (10000000000000000000000, 1e+22, 0),
    (18446744073709551616, 1.8446744073709552e+19, 0),
    (18446744073709551617, 1.8446744073709552e+19, 1),
    (-1180591620717411303424, -1.1805916207174113e+21, 0),
    (-1180591620717411303425, -1.1805916207174113e+21, -1),
    (9223372036854775808, 9.223372036854776e+18, 0),
    (100000000000000001, 1e+17, 1),
    (5, 1e+300, -1),
]
POWERS = [
    (2, 10, 1024),
    (3, 39, 4052555153018976267),
    (3, 40, 12157665459056928801),
    (-3, 39, -4052555153018976267),
    (-3, 40, 12157665459056928801),
    (2, 62, 4611686018427387904),
    (2, 63, 9223372036854775808),
    (-2, 63, -9223372036854775808),
    (-2, 64, 18446744073709551616),
    (10, 18, 1000000000000000000),
    (10, 19, 10000000000000000000),
    (7, 0, 1),
    (0, 0, 1),
    (0, 5, 0),
    (-1, 1000001, -1),
    (1, 1000000, 1),
]
MODPOWS = [
    (2, 10, 1000, 24),
    (3, 200, 1000000007, 136318165),
    (2, -1, 7, 4),
    (3, -2, 11, 5),
    (-3, 5, 7, 2),
    (3, 5, -7, -2),
    (5, -1, 1, 0),
    (2, 100000000000000000000, 1000000009, 465900419),
    (12345678901234567890, 98765432109876543210, 10000000000000000000000013, 3862582549401361197765437),
]
TRUEDIVS = [
    (1, 3, 0.3333333333333333),
    (-7, 2, -3.5),
    (9007199254740993, 1, 9007199254740992.0),
    (4611686018427387905, 3, 1.5372286728091292e+18),
    (-9223372036854775808, 7, -1.3176245766935393e+18),
    (1000000000000000000000000000000, 3, 3.333333333333333e+29),
    (1, 1000000000000000000000000000000, 1e-30),
    (1152921504606846976, 1152921504606846975, 1.0),
    (9007199254740993, 2, 4503599627370496.0),
]
FLOOR_DIVMODS = [
    (7.5, 2.0, 3.0, 1.5),
    (-7.5, 2.0, -4.0, 0.5),
    (7.5, -2.0, -4.0, -0.5),
    (-0.0, 1.0, -0.0, 0.0),
    (0.0, -1.0, -0.0, -0.0),
    (1e+300, 1e-300, INF, 4.891554850853602e-301),
    (5.0, INF, 0.0, 5.0),
    (-5.0, INF, -1.0, INF),
    (3.0, 0.1, 29.0, 0.09999999999999984),
    (-1e-20, 1.0, -1.0, 1.0),
]
BIT_LENGTHS = [
    (0, 0, 0),
    (1, 1, 1),
    (-1, 1, 1),
    (255, 8, 8),
    (-256, 9, 1),
    (4611686018427387904, 63, 1),
    (9223372036854775807, 63, 63),
    (-9223372036854775808, 64, 1),
]


def big(value):
    return rbigint.fromlong(value)


def tower(int_op, big_op, a, b):
    """What a language does: the word path, and the bigint one when it overflows."""
    if MIN <= a <= MAX and MIN <= b <= MAX:
        try:
            return int_op(int(a), int(b))
        except OverflowError:
            pass
    return big_op(big(a), big(b)).tolong()


def test_floor_and_truncating_division():
    for a, b, floordiv, mod, truncdiv, rem in DIVISIONS:
        assert tower(int_floordiv, big_floordiv, a, b) == floordiv, (a, b)
        assert tower(int_mod, big_mod, a, b) == mod, (a, b)
        assert tower(int_truncdiv, big_truncdiv, a, b) == truncdiv, (a, b)
        assert tower(int_rem, big_rem, a, b) == rem, (a, b)


def test_word_results_that_overflow_raise():
    for op, a, b in [(int_add, MAX, 1), (int_sub, MIN, 1), (int_mul, 2 ** 32, 2 ** 31),
                     (int_floordiv, MIN, -1), (int_truncdiv, MIN, -1)]:
        with pytest.raises(OverflowError):
            op(a, b)
    with pytest.raises(OverflowError):
        int_neg(MIN)
    with pytest.raises(OverflowError):
        int_abs(MIN)
    assert int_add(MAX - 1, 1) == MAX
    assert int_mul(-2 ** 31, 2 ** 32) == MIN
    assert int_mod(MIN, -1) == 0 and int_rem(MIN, -1) == 0
    assert int_abs(-5) == 5 and int_neg(MAX) == -MAX


def test_division_by_zero():
    for op in [int_floordiv, int_mod, int_truncdiv, int_rem]:
        with pytest.raises(ZeroDivisionError):
            op(5, 0)
    for op in [big_floordiv, big_mod, big_truncdiv, big_rem, big_truediv]:
        with pytest.raises(ZeroDivisionError):
            op(big(10 ** 20), big(0))
    with pytest.raises(ZeroDivisionError):
        int_truediv(1, 0)


def test_shifts():
    assert int_lshift(1, 62) == 2 ** 62
    assert int_lshift(-1, 62) == -2 ** 62
    assert int_lshift(0, 10 ** 6) == 0
    for a, count in [(1, 63), (-1, 63), (3, 62), (-3, 62), (2 ** 40, 40), (1, 64), (5, 10 ** 6)]:
        with pytest.raises(OverflowError):
            int_lshift(a, count)
        assert big_lshift(big(a), count).tolong() == a << count
    assert int_rshift(-5, 1) == -3
    assert int_rshift(-5, 200) == -1 and int_rshift(5, 200) == 0
    assert big_rshift(big(-10 ** 30), 1000).tolong() == -1
    assert big_rshift(big(10 ** 30), 20).tolong() == 10 ** 30 >> 20
    for shift in [int_lshift, int_rshift]:
        with pytest.raises(NegativeShiftCount):
            shift(1, -1)
    for shift in [big_lshift, big_rshift]:
        with pytest.raises(NegativeShiftCount):
            shift(big(1), -1)


def test_huge_shifts_and_powers_raise_instead_of_allocating():
    with pytest.raises(IntegerTooLarge):
        big_lshift(big(1), 1 << 62)
    with pytest.raises(IntegerTooLarge):
        big_lshift(big(-1), MAX)
    with pytest.raises(IntegerTooLarge):
        big_lshift(big(2 ** 100), MAX_BITS - 50)
    assert big_lshift(big(0), MAX).tolong() == 0
    with pytest.raises(IntegerTooLarge):
        big_pow(big(2), big(1 << 64))
    with pytest.raises(IntegerTooLarge):
        big_pow(big(10 ** 30), big(MAX_BITS // 50))
    assert big_pow(big(-1), big(1 << 64)).tolong() == 1
    assert big_pow(big(-1), big((1 << 64) + 1)).tolong() == -1
    assert big_pow(big(0), big(1 << 64)).tolong() == 0


def test_powers():
    for base, exponent, expected in POWERS:
        try:
            got = int_pow(base, exponent)
        except OverflowError:
            got = big_pow(big(base), big(exponent)).tolong()
            assert not (MIN <= expected <= MAX), (base, exponent)
        assert got == expected, (base, exponent)


def test_modular_powers():
    for base, exponent, modulus, expected in MODPOWS:
        assert big_pow_mod(big(base), big(exponent), big(modulus)).tolong() == expected
    with pytest.raises(NotInvertible):
        big_pow_mod(big(2), big(-1), big(4))
    with pytest.raises(ZeroDivisionError):
        big_pow_mod(big(2), big(3), big(0))


def test_exact_comparison_of_ints_with_floats():
    for a, f, expected in COMPARISONS:
        if MIN <= a <= MAX:
            assert compare_int_float(int(a), f) == expected, (a, f)
        assert compare_big_float(big(a), f) == expected, (a, f)
    assert compare_int_float(1, NAN) == UNORDERED
    assert compare_big_float(big(10 ** 30), NAN) == UNORDERED


def test_comparison_holds():
    table = [("lt", [True, False, False, False]), ("le", [True, True, False, False]),
             ("eq", [False, True, False, False]), ("ne", [True, False, True, True]),
             ("gt", [False, False, True, False]), ("ge", [False, True, True, False])]
    for op, expected in table:
        assert [comparison_holds(c, op) for c in [-1, 0, 1, UNORDERED]] == expected


def test_float_to_integer_truncates():
    assert float_to_int(2.9) == 2 and float_to_int(-2.9) == -2
    assert float_to_int(-9.223372036854776e18) == MIN
    with pytest.raises(OverflowError):
        float_to_int(9.223372036854776e18)
    assert float_to_big(9.223372036854776e18).tolong() == 2 ** 63
    assert float_to_big(-1e20).tolong() == -10 ** 20


def test_true_division_rounds_once():
    for a, b, expected in TRUEDIVS:
        if MIN <= a <= MAX and MIN <= b <= MAX:
            assert int_truediv(int(a), int(b)) == expected, (a, b)
        assert big_truediv(big(a), big(b)) == expected, (a, b)
    with pytest.raises(OverflowError):
        big_truediv(big(10 ** 400), big(1))


def test_float_floor_divmod():
    import math
    for x, y, div, mod in FLOOR_DIVMODS:
        got_div, got_mod = float_floor_divmod(x, y)
        assert got_div == div and math.copysign(1.0, got_div) == math.copysign(1.0, div)
        assert got_mod == mod and math.copysign(1.0, got_mod) == math.copysign(1.0, mod)


def test_ieee_divide():
    assert ieee_divide(1.0, 0.0) == INF
    assert ieee_divide(-1.0, 0.0) == -INF
    assert ieee_divide(1.0, -0.0) == -INF
    assert ieee_divide(0.0, 0.0) != ieee_divide(0.0, 0.0)
    assert ieee_divide(3.0, 2.0) == 1.5


def test_bit_length_and_count():
    for value, length, count in BIT_LENGTHS:
        assert int_bit_length(value) == length
        assert int_bit_count(value) == count
    assert big_bit_count(big(-(2 ** 100 - 1))) == 100


INTEGER_LITERALS = [
    ("0", 10, 0), ("-0", 10, 0), ("+42", 10, 42), ("1_000_000", 10, 1000000),
    ("0x_ff", 0, 255), ("0XFF", 16, 255), ("0o17", 0, 15), ("0b1_01", 2, 5),
    ("ff", 16, 255), ("zz", 36, 1295), ("Zz", 36, 1295), ("L", 36, 21), ("10", 0, 10),
    ("-9223372036854775808", 10, MIN), ("9223372036854775807", 10, MAX),
    ("9223372036854775808", 10, 2 ** 63), ("-9223372036854775809", 0, -2 ** 63 - 1),
    ("0x" + "f" * 40, 0, 16 ** 40 - 1), ("1" * 60, 10, int("1" * 60)),
    ("-" + "7" * 30, 8, -int("7" * 30, 8)),
]

INVALID_LITERALS = [
    ("", 10), ("-", 10), ("_1", 10), ("1_", 10), ("1__0", 10), ("0x", 0), ("0x_", 0),
    ("0x__1", 0), ("0x0x10", 0), ("0x10", 10), ("1L", 10), ("12L", 16), ("- 5", 10),
    (" 5", 10), ("5 ", 10), ("9", 8), ("2", 2), ("g", 16), ("1.5", 10), ("--1", 10),
    ("1", 1), ("1", 37), ("+_1", 10), ("0b", 2), ("0o8", 0),
]


def test_parse_integer_literals():
    for text, base, expected in INTEGER_LITERALS:
        if MIN <= expected <= MAX:
            assert parse_int(text, base) == expected, text
        else:
            with pytest.raises(OverflowError):
                parse_int(text, base)
        assert parse_big(text, base).tolong() == expected, text


def test_reject_malformed_integer_literals():
    for text, base in INVALID_LITERALS:
        with pytest.raises(InvalidLiteral):
            parse_int(text, base)
        with pytest.raises(InvalidLiteral):
            parse_big(text, base)


def test_parse_float_literals():
    for text, expected in [("1.5", 1.5), ("-0.5", -0.5), (".5", 0.5), ("5.", 5.0),
                           ("1e3", 1000.0), ("1E-3", 0.001), ("+2.5e+2", 250.0),
                           ("1_000.000_1", 1000.0001), ("1e1_0", 1e10), ("1e999", INF),
                           ("0.1", 0.1), ("2.2250738585072014e-308", 2.2250738585072014e-308)]:
        assert parse_float(text) == expected, text
    for text in ["", ".", "e5", "1e", "1e+", "1_.5", "1._5", "_1.5", "1.5_", "1__0.0", "inf",
                 "nan", "1.5x", " 1.5", "1..5", "0x1p3", "1e5.0"]:
        with pytest.raises(InvalidLiteral):
            parse_float(text)


def test_without_underscores():
    assert without_underscores("1_000_000") == "1000000"
    assert without_underscores("0x_dead_BEEF") == "0xdeadBEEF"
    assert without_underscores("1.5") == "1.5"


def test_translated_int_float_comparison_is_exact():
    """Rtyped, one function comparing ints and another floats must not merge them: the
    specialise trap once made 2**53 + 1 == 2.0**53 true in the binary."""
    def compare(a, f, which):
        if which == 0:
            return compare_int_float(a, f)
        return compare_big_float(rbigint.fromint(a), f)

    assert interpret(compare, [9007199254740993, 9007199254740992.0, 0]) == 1
    assert interpret(compare, [9007199254740993, 9007199254740992.0, 1]) == 1
    assert interpret(compare, [9007199254740992, 9007199254740992.0, 0]) == 0
    assert interpret(compare, [-9223372036854775807 - 1, -9.223372036854776e18, 0]) == 0
    assert interpret(compare, [9223372036854775807, 9.223372036854776e18, 0]) == -1


def test_translated_parse_and_shift():
    def run(n):
        text = "9" * n
        try:
            value = parse_int(text, 10)
        except OverflowError:
            value = parse_big(text, 10).int_mod(1000003).toint()
        try:
            big_lshift(rbigint.fromint(1), integers.MAX_BITS + n)
        except IntegerTooLarge:
            value += 1
        return value

    assert interpret(run, [3]) == 1000
    assert interpret(run, [40]) == (10 ** 40 - 1) % 1000003 + 1
