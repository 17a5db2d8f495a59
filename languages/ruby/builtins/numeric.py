"""Integer (machine words overflowing into rbigint, via framework/integers.py) and Float."""
from rpython.rlib.rfloat import INFINITY, NAN
import math

from rpython.rlib.rarithmetic import ovfcheck
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rfloat import isfinite, round_double

from framework import integers
from framework.floatformat import format_printf
from languages.ruby import blockloops
from languages.ruby.builtins.registry import (builtin, as_string, as_array, as_hash,
                                               as_integer, as_float, as_regexp)
from languages.ruby.constants import symbol
from languages.ruby.objects import (nonneg, W_Integer, W_BigInt, W_Float, W_String, W_Hash,
                                    W_Array, w_nil, w_true, w_false, newbool, wrap_big,
                                    to_big)
from languages.ruby.space import float_to_s


def is_int(w_value):
    return isinstance(w_value, W_Integer) or isinstance(w_value, W_BigInt)


def int_to_s(space, w_value, base):
    if isinstance(w_value, W_Integer):
        value = w_value.value
        if base == 10:
            return str(value)
        return rbigint.fromint(value).format(DIGITS[:nonneg(base)])
    assert isinstance(w_value, W_BigInt)
    if base == 10:
        return w_value.big.str()
    return w_value.big.format(DIGITS[:nonneg(base)])


DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def float_to_integer(space, value):
    if not isfinite(value):
        raise space.error(space.w_FloatDomainError, float_to_s(value))
    try:
        return W_Integer(integers.float_to_int(value))
    except OverflowError:
        return wrap_big(integers.float_to_big(value))


def zero_division(space):
    return space.error(space.w_ZeroDivisionError, "divided by 0")


def coerce_error(space, w_other, kind):
    if w_other is w_nil or isinstance(w_other, W_String) or isinstance(w_other, W_Array) \
            or isinstance(w_other, W_Hash):
        desc = space.type_name_for_conversion(w_other) if w_other is w_nil else \
            space.class_name(w_other)
        if isinstance(w_other, W_String):
            desc = "String"
        return space.type_error("%s can't be coerced into %s" % (desc, kind))
    return space.type_error("%s can't be coerced into %s" % (space.class_name(w_other),
                                                             kind))


def int_arith(space, name, w_a, w_b):
    """Integer OP Integer for + - * / % ** (with bignums)."""
    if isinstance(w_a, W_Integer) and isinstance(w_b, W_Integer):
        a = w_a.value
        b = w_b.value
        try:
            if name == "+":
                return W_Integer(integers.int_add(a, b))
            if name == "-":
                return W_Integer(integers.int_sub(a, b))
            if name == "*":
                return W_Integer(integers.int_mul(a, b))
            if name == "/":
                if b == 0:
                    raise zero_division(space)
                return W_Integer(integers.int_floordiv(a, b))
            if name == "%":
                if b == 0:
                    raise zero_division(space)
                return W_Integer(integers.int_mod(a, b))
            if name == "**":
                if b < 0:
                    return W_Float(math.pow(float(a), float(b)))
                return W_Integer(integers.int_pow(a, b))
        except OverflowError:
            pass
    big_a = to_big(w_a)
    big_b = to_big(w_b)
    if name == "+":
        return wrap_big(big_a.add(big_b))
    if name == "-":
        return wrap_big(big_a.sub(big_b))
    if name == "*":
        return wrap_big(big_a.mul(big_b))
    if name == "/":
        if big_b.tobool() is False:
            raise zero_division(space)
        return wrap_big(integers.big_floordiv(big_a, big_b))
    if name == "%":
        if big_b.tobool() is False:
            raise zero_division(space)
        return wrap_big(integers.big_mod(big_a, big_b))
    if name == "**":
        if big_b.sign < 0:
            return W_Float(math.pow(big_a.tofloat(), big_b.tofloat()))
        try:
            return wrap_big(integers.big_pow(big_a, big_b))
        except integers.IntegerTooLarge:
            return W_Float(INFINITY)
    raise space.argument_error("bad operator")


def float_arith(space, name, a, b):
    if name == "+":
        return W_Float(a + b)
    if name == "-":
        return W_Float(a - b)
    if name == "*":
        return W_Float(a * b)
    if name == "/":
        return W_Float(integers.ieee_divide(a, b))
    if name == "%":
        if b == 0.0:
            return W_Float(NAN)
        return W_Float(integers.float_floor_divmod(a, b)[1])
    if name == "**":
        if a < 0 and b != math.floor(b):
            return W_Float(NAN)
        try:
            return W_Float(math.pow(a, b))
        except OverflowError:
            return W_Float(INFINITY)
        except ValueError:
            return W_Float(NAN)
    raise space.argument_error("bad operator")


def num_arith(interp, name, w_a, w_b):
    space = interp.space
    if is_int(w_a) and is_int(w_b):
        return int_arith(space, name, w_a, w_b)
    if (is_int(w_a) or isinstance(w_a, W_Float)) and \
            (is_int(w_b) or isinstance(w_b, W_Float)):
        return float_arith(space, name, space.expect_float(w_a), space.expect_float(w_b))
    if interp.respond_to(w_b, "coerce"):
        w_pair = interp.send(w_b, "coerce", [w_a])
        if isinstance(w_pair, W_Array) and len(w_pair.items_w) == 2:
            return interp.send(w_pair.items_w[0], name, [w_pair.items_w[1]])
    raise coerce_error(space, w_b, "Float" if isinstance(w_a, W_Float) else "Integer")


def make_arith(name):
    def arith(interp, w_self, args_w, w_block):
        return num_arith(interp, name, w_self, args_w[0])
    arith.__name__ = "num_arith_" + {"+": "add", "-": "sub", "*": "mul", "/": "div",
                                     "%": "mod", "**": "pow"}[name]
    return arith


for _name in ["+", "-", "*", "/", "%", "**"]:
    builtin("Integer", _name, 1, 1)(make_arith(_name))
    builtin("Float", _name, 1, 1)(make_arith(_name))
builtin("Integer", "modulo", 1, 1)(make_arith("%"))
builtin("Float", "modulo", 1, 1)(make_arith("%"))


def num_compare(interp, w_a, w_b):
    """-1, 0, 1, or 2 when not comparable (NaN or not a number)."""
    if isinstance(w_a, W_Integer) and isinstance(w_b, W_Integer):
        return -1 if w_a.value < w_b.value else (1 if w_a.value > w_b.value else 0)
    if is_int(w_a) and is_int(w_b):
        return integers.big_compare(to_big(w_a), to_big(w_b))
    if isinstance(w_a, W_Float) or isinstance(w_b, W_Float):
        if not (is_int(w_b) or isinstance(w_b, W_Float)):
            return 2
        if not (is_int(w_a) or isinstance(w_a, W_Float)):
            return 2
        a = interp.space.expect_float(w_a)
        b = interp.space.expect_float(w_b)
        if a != a or b != b:
            return 2
        return -1 if a < b else (1 if a > b else 0)
    return 2


def make_compare(name):
    def compare(interp, w_self, args_w, w_block):
        w_other = args_w[0]
        c = num_compare(interp, w_self, w_other)
        if c == 2:
            if (is_int(w_other) or isinstance(w_other, W_Float)):
                return w_false
            raise interp.space.argument_error("comparison of %s with %s failed" % (
                interp.space.class_name(w_self), interp.space.inspect_for_compare(w_other)))
        if name == "<":
            return newbool(c < 0)
        if name == "<=":
            return newbool(c <= 0)
        if name == ">":
            return newbool(c > 0)
        return newbool(c >= 0)
    compare.__name__ = "num_compare_" + {"<": "lt", "<=": "le", ">": "gt", ">=": "ge"}[name]
    return compare


for _name in ["<", "<=", ">", ">="]:
    builtin("Integer", _name, 1, 1)(make_compare(_name))
    builtin("Float", _name, 1, 1)(make_compare(_name))


@builtin("Integer", "<=>", 1, 1)
def num_cmp(interp, w_self, args_w, w_block):
    c = num_compare(interp, w_self, args_w[0])
    if c == 2:
        return w_nil
    return W_Integer(c)


builtin("Float", "<=>", 1, 1)(num_cmp)


@builtin("Integer", "== ===", 1, 1)
def num_eq(interp, w_self, args_w, w_block):
    w_other = args_w[0]
    if is_int(w_other) or isinstance(w_other, W_Float):
        return newbool(num_compare(interp, w_self, w_other) == 0)
    if isinstance(w_other, W_String) or w_other is w_nil:
        return w_false
    return newbool(interp.send(w_other, "==", [w_self]).is_true())


builtin("Float", "== ===", 1, 1)(num_eq)


@builtin("Integer", "eql?", 1, 1)
def num_eql(interp, w_self, args_w, w_block):
    return newbool(interp.space.eql(w_self, args_w[0]))


builtin("Float", "eql?", 1, 1)(num_eql)


@builtin("Integer", "hash", 0, 0)
def num_hash(interp, w_self, args_w, w_block):
    return W_Integer(interp.space.hash_value(w_self))


builtin("Float", "hash", 0, 0)(num_hash)


@builtin("Integer", "-@", 0, 0)
def int_neg(interp, w_self, args_w, w_block):
    return int_arith(interp.space, "-", W_Integer(0), w_self)


@builtin("Float", "-@", 0, 0)
def float_neg(interp, w_self, args_w, w_block):
    assert isinstance(w_self, W_Float)
    return W_Float(-w_self.value)


@builtin("Integer", "+@", 0, 0)
def num_pos(interp, w_self, args_w, w_block):
    return w_self


builtin("Float", "+@", 0, 0)(num_pos)


@builtin("Integer", "~", 0, 0)
def int_invert(interp, w_self, args_w, w_block):
    if isinstance(w_self, W_Integer):
        return W_Integer(~w_self.value)
    return wrap_big(to_big(w_self).invert())


def int_bitop(interp, name, w_a, w_b):
    space = interp.space
    if isinstance(w_b, W_Float):
        raise space.type_error("can't convert Float into Integer for bitwise arithmetic")
    if not is_int(w_b):
        raise coerce_error(space, w_b, "Integer")
    if isinstance(w_a, W_Integer) and isinstance(w_b, W_Integer):
        if name == "&":
            return W_Integer(w_a.value & w_b.value)
        if name == "|":
            return W_Integer(w_a.value | w_b.value)
        return W_Integer(w_a.value ^ w_b.value)
    a = to_big(w_a)
    b = to_big(w_b)
    if name == "&":
        return wrap_big(a.and_(b))
    if name == "|":
        return wrap_big(a.or_(b))
    return wrap_big(a.xor(b))


@builtin("Integer", "&", 1, 1)
def int_and(interp, w_self, args_w, w_block):
    return int_bitop(interp, "&", w_self, args_w[0])


@builtin("Integer", "|", 1, 1)
def int_or(interp, w_self, args_w, w_block):
    return int_bitop(interp, "|", w_self, args_w[0])


@builtin("Integer", "^", 1, 1)
def int_xor(interp, w_self, args_w, w_block):
    return int_bitop(interp, "^", w_self, args_w[0])


def shift(space, w_a, count):
    if count >= 0:
        if isinstance(w_a, W_Integer):
            try:
                return W_Integer(integers.int_lshift(w_a.value, count))
            except OverflowError:
                pass
        return wrap_big(integers.big_lshift(to_big(w_a), count))
    count = -count
    if isinstance(w_a, W_Integer):
        return W_Integer(integers.int_rshift(w_a.value, count))
    return wrap_big(integers.big_rshift(to_big(w_a), count))


@builtin("Integer", "<<", 1, 1)
def int_lshift(interp, w_self, args_w, w_block):
    return shift(interp.space, w_self, interp.space.expect_int(args_w[0]))


@builtin("Integer", ">>", 1, 1)
def int_rshift(interp, w_self, args_w, w_block):
    return shift(interp.space, w_self, -interp.space.expect_int(args_w[0]))


@builtin("Integer", "[]", 1, 1)
def int_bit(interp, w_self, args_w, w_block):
    index = interp.space.expect_int(args_w[0])
    w_bit = int_bitop(interp, "&", shift(interp.space, w_self, -index), W_Integer(1))
    if isinstance(w_bit, W_Integer):
        return W_Integer(w_bit.value)
    return W_Integer(0)


@builtin("Integer", "to_s inspect", 0, 1)
def int_to_s_builtin(interp, w_self, args_w, w_block):
    base = interp.space.expect_int(args_w[0]) if args_w else 10
    if base < 2 or base > 36:
        raise interp.space.argument_error("invalid radix %d" % base)
    return interp.space.newstr(int_to_s(interp.space, w_self, base))


@builtin("Integer", "to_i to_int floor ord", 0, 1)
def int_to_i(interp, w_self, args_w, w_block):
    if args_w:
        digits = interp.space.expect_int(args_w[0])
        if digits < 0:
            return int_round_digits(interp, w_self, digits, "floor")
    return w_self


@builtin("Integer", "ceil", 0, 1)
def int_ceil(interp, w_self, args_w, w_block):
    if args_w:
        digits = interp.space.expect_int(args_w[0])
        if digits < 0:
            return int_round_digits(interp, w_self, digits, "ceil")
    return w_self


@builtin("Integer", "truncate", 0, 1)
def int_truncate(interp, w_self, args_w, w_block):
    if args_w:
        digits = interp.space.expect_int(args_w[0])
        if digits < 0:
            negative = num_compare(interp, w_self, W_Integer(0)) < 0
            return int_round_digits(interp, w_self, digits, "ceil" if negative else "floor")
    return w_self


@builtin("Integer", "round", 0, 2)
def int_round(interp, w_self, args_w, w_block):
    if args_w and isinstance(args_w[0], W_Integer):
        digits = as_integer(args_w[0]).value
        if digits < 0:
            return int_round_digits(interp, w_self, digits, "round")
    return w_self


def int_round_digits(interp, w_self, digits, mode):
    space = interp.space
    w_unit = int_arith(space, "**", W_Integer(10), W_Integer(-digits))
    w_rem = int_arith(space, "%", w_self, w_unit)
    w_down = int_arith(space, "-", w_self, w_rem)
    if mode == "floor":
        return w_down
    if mode == "ceil":
        if num_compare(interp, w_rem, W_Integer(0)) == 0:
            return w_down
        return int_arith(space, "+", w_down, w_unit)
    w_twice = int_arith(space, "*", w_rem, W_Integer(2))
    c = num_compare(interp, w_twice, w_unit)
    negative = num_compare(interp, w_self, W_Integer(0)) < 0
    if c > 0 or (c == 0 and not negative):
        return int_arith(space, "+", w_down, w_unit)
    return w_down


@builtin("Integer", "to_f", 0, 0)
def int_to_f(interp, w_self, args_w, w_block):
    return W_Float(interp.space.expect_float(w_self))


@builtin("Integer", "chr", 0, 1)
def int_chr(interp, w_self, args_w, w_block):
    value = interp.space.expect_int(w_self)
    if args_w:
        from languages.ruby.lexer import utf8_encode
        return interp.space.newstr(utf8_encode(value))
    if value < 0 or value > 255:
        raise interp.space.error(interp.space.w_RangeError, "%d out of char range" % value)
    return interp.space.newstr(chr(value))


@builtin("Integer", "times", 0, 0)
def int_times(interp, w_self, args_w, w_block):
    if w_block is None:
        return interp.space.make_enumerator(w_self, "times", [])
    n = interp.space.expect_int(w_self)
    if n > 0:
        blockloops.count_up(interp, w_block, 0, n - 1)
    return w_self


@builtin("Integer", "upto", 1, 1)
def int_upto(interp, w_self, args_w, w_block):
    if w_block is None:
        return interp.space.make_enumerator(w_self, "upto", args_w)
    i = interp.space.expect_int(w_self)
    if isinstance(args_w[0], W_Float):
        limit = int(math.floor(as_float(args_w[0]).value))
    else:
        limit = interp.space.expect_int(args_w[0])
    blockloops.count_up(interp, w_block, i, limit)
    return w_self


@builtin("Integer", "downto", 1, 1)
def int_downto(interp, w_self, args_w, w_block):
    if w_block is None:
        return interp.space.make_enumerator(w_self, "downto", args_w)
    i = interp.space.expect_int(w_self)
    limit = interp.space.expect_int(args_w[0])
    blockloops.count_down(interp, w_block, i, limit)
    return w_self


@builtin("Integer", "succ next", 0, 0)
def int_succ(interp, w_self, args_w, w_block):
    return int_arith(interp.space, "+", w_self, W_Integer(1))


@builtin("Integer", "pred", 0, 0)
def int_pred(interp, w_self, args_w, w_block):
    return int_arith(interp.space, "-", w_self, W_Integer(1))


@builtin("Integer", "even?", 0, 0)
def int_even(interp, w_self, args_w, w_block):
    if isinstance(w_self, W_Integer):
        return newbool(w_self.value % 2 == 0)
    return newbool(not to_big(w_self).int_and_(1).tobool())


@builtin("Integer", "odd?", 0, 0)
def int_odd(interp, w_self, args_w, w_block):
    return newbool(not int_even(interp, w_self, args_w, w_block).is_true())


@builtin("Integer", "zero?", 0, 0)
def int_zero(interp, w_self, args_w, w_block):
    return newbool(isinstance(w_self, W_Integer) and w_self.value == 0)


@builtin("Float", "zero?", 0, 0)
def float_zero(interp, w_self, args_w, w_block):
    assert isinstance(w_self, W_Float)
    return newbool(w_self.value == 0.0)


@builtin("Integer", "positive?", 0, 0)
def num_positive(interp, w_self, args_w, w_block):
    return newbool(num_compare(interp, w_self, W_Integer(0)) == 1)


builtin("Float", "positive?", 0, 0)(num_positive)


@builtin("Integer", "negative?", 0, 0)
def num_negative(interp, w_self, args_w, w_block):
    return newbool(num_compare(interp, w_self, W_Integer(0)) == -1)


builtin("Float", "negative?", 0, 0)(num_negative)


@builtin("Integer", "nonzero?", 0, 0)
def num_nonzero(interp, w_self, args_w, w_block):
    if num_compare(interp, w_self, W_Integer(0)) == 0:
        return w_nil
    return w_self


builtin("Float", "nonzero?", 0, 0)(num_nonzero)


@builtin("Integer", "abs magnitude", 0, 0)
def int_abs(interp, w_self, args_w, w_block):
    if num_compare(interp, w_self, W_Integer(0)) < 0:
        return int_arith(interp.space, "-", W_Integer(0), w_self)
    return w_self


@builtin("Float", "abs magnitude", 0, 0)
def float_abs(interp, w_self, args_w, w_block):
    assert isinstance(w_self, W_Float)
    return W_Float(abs(w_self.value))


@builtin("Integer", "divmod", 1, 1)
def num_divmod(interp, w_self, args_w, w_block):
    space = interp.space
    w_other = args_w[0]
    if is_int(w_self) and is_int(w_other):
        w_q = int_arith(space, "/", w_self, w_other)
        w_r = int_arith(space, "%", w_self, w_other)
        return space.newarray([w_q, w_r])
    a = space.expect_float(w_self)
    b = space.expect_float(w_other)
    if b == 0.0:
        raise zero_division(space)
    q, r = integers.float_floor_divmod(a, b)
    return space.newarray([float_to_integer(space, q), W_Float(r)])


builtin("Float", "divmod", 1, 1)(num_divmod)


@builtin("Integer", "div", 1, 1)
def num_div(interp, w_self, args_w, w_block):
    space = interp.space
    if is_int(w_self) and is_int(args_w[0]):
        return int_arith(space, "/", w_self, args_w[0])
    b = space.expect_float(args_w[0])
    if b == 0.0:
        raise zero_division(space)
    return float_to_integer(space, math.floor(space.expect_float(w_self) / b))


builtin("Float", "div", 1, 1)(num_div)


@builtin("Integer", "remainder", 1, 1)
def num_remainder(interp, w_self, args_w, w_block):
    space = interp.space
    w_other = args_w[0]
    if isinstance(w_self, W_Integer) and isinstance(w_other, W_Integer):
        if w_other.value == 0:
            raise zero_division(space)
        return W_Integer(integers.int_rem(w_self.value, w_other.value))
    if is_int(w_self) and is_int(w_other):
        return wrap_big(integers.big_rem(to_big(w_self), to_big(w_other)))
    return W_Float(math.fmod(space.expect_float(w_self), space.expect_float(w_other)))


builtin("Float", "remainder", 1, 1)(num_remainder)


@builtin("Integer", "fdiv", 1, 1)
def num_fdiv(interp, w_self, args_w, w_block):
    space = interp.space
    return W_Float(integers.ieee_divide(space.expect_float(w_self),
                                        space.expect_float(args_w[0])))


builtin("Float", "fdiv quo", 1, 1)(num_fdiv)


@builtin("Integer", "pow", 1, 2)
def int_pow_builtin(interp, w_self, args_w, w_block):
    space = interp.space
    if len(args_w) == 1:
        return num_arith(interp, "**", w_self, args_w[0])
    w_mod = args_w[1]
    result = integers.big_pow_mod(to_big(w_self), to_big(args_w[0]), to_big(w_mod))
    return wrap_big(result)


@builtin("Integer", "gcd", 1, 1)
def int_gcd(interp, w_self, args_w, w_block):
    if isinstance(w_self, W_BigInt) or isinstance(args_w[0], W_BigInt):
        a = to_big(w_self).abs()
        b = to_big(args_w[0]).abs()
        while b.tobool():
            a, b = b, a.mod(b)
        return wrap_big(a)
    a = abs(interp.space.expect_int(w_self))
    b = abs(interp.space.expect_int(args_w[0]))
    while b:
        a, b = b, a % b
    return W_Integer(a)


@builtin("Integer", "lcm", 1, 1)
def int_lcm(interp, w_self, args_w, w_block):
    a = abs(interp.space.expect_int(w_self))
    b = abs(interp.space.expect_int(args_w[0]))
    if a == 0 or b == 0:
        return W_Integer(0)
    g = int_gcd(interp, W_Integer(a), [W_Integer(b)], None)
    assert isinstance(g, W_Integer)
    return W_Integer(a // g.value * b)


@builtin("Integer", "digits", 0, 1)
def int_digits(interp, w_self, args_w, w_block):
    space = interp.space
    base = space.expect_int(args_w[0]) if args_w else 10
    if num_compare(interp, w_self, W_Integer(0)) < 0:
        raise space.error(space.w_DomainError, "out of domain")
    digits_w = []
    w_value = w_self
    w_base = W_Integer(base)
    while True:
        digits_w.append(int_arith(space, "%", w_value, w_base))
        w_value = int_arith(space, "/", w_value, w_base)
        if num_compare(interp, w_value, W_Integer(0)) == 0:
            break
    return space.newarray(digits_w)


@builtin("Integer", "bit_length", 0, 0)
def int_bit_length(interp, w_self, args_w, w_block):
    if isinstance(w_self, W_Integer):
        value = w_self.value
        if value < 0:
            value = ~value
        return W_Integer(integers.int_bit_length(value))
    big = to_big(w_self)
    if big.sign < 0:
        big = big.invert()
    return W_Integer(big.bit_length())


@builtin("Integer", "size", 0, 0)
def int_size(interp, w_self, args_w, w_block):
    return W_Integer(8)


@builtin("Integer", "integer?", 0, 0)
def int_integer_p(interp, w_self, args_w, w_block):
    return w_true


@builtin("Float", "integer?", 0, 0)
def float_integer_p(interp, w_self, args_w, w_block):
    return w_false


@builtin("Integer", "finite?", 0, 0)
def int_finite(interp, w_self, args_w, w_block):
    return w_true


@builtin("Integer", "infinite?", 0, 0)
def int_infinite(interp, w_self, args_w, w_block):
    return w_nil


@builtin("Integer", "nan?", 0, 0)
def int_nan(interp, w_self, args_w, w_block):
    return w_false


@builtin("Integer", "sqrt", 1, 1, singleton=True)
def int_sqrt(interp, w_self, args_w, w_block):
    space = interp.space
    w_n = args_w[0]
    if num_compare(interp, w_n, W_Integer(0)) < 0:
        raise space.error(space.w_DomainError,
                          'Numerical argument is out of domain - "isqrt"')
    if isinstance(w_n, W_Integer):
        n = w_n.value
        x = int(math.sqrt(float(n)))
        while x * x > n:
            x -= 1
        while (x + 1) * (x + 1) <= n:
            x += 1
        return W_Integer(x)
    big = to_big(w_n)
    x = integers.float_to_big(math.sqrt(big.tofloat()))
    one = rbigint.fromint(1)
    while x.mul(x).gt(big):
        x = x.sub(one)
    while x.add(one).mul(x.add(one)).le(big):
        x = x.add(one)
    return wrap_big(x)


@builtin("Integer", "coerce", 1, 1)
def int_coerce(interp, w_self, args_w, w_block):
    space = interp.space
    w_other = args_w[0]
    if is_int(w_other):
        return space.newarray([w_other, w_self])
    return space.newarray([W_Float(space.expect_float(w_other)),
                           W_Float(space.expect_float(w_self))])


builtin("Float", "coerce", 1, 1)(int_coerce)


# -- Float --------------------------------------------------------------------------------

@builtin("Float", "to_s inspect", 0, 0)
def float_to_s_builtin(interp, w_self, args_w, w_block):
    assert isinstance(w_self, W_Float)
    return interp.space.newstr(float_to_s(w_self.value))


@builtin("Float", "to_f", 0, 0)
def float_to_f(interp, w_self, args_w, w_block):
    return w_self


@builtin("Float", "to_i to_int truncate", 0, 1)
def float_to_i(interp, w_self, args_w, w_block):
    assert isinstance(w_self, W_Float)
    if args_w and interp.space.expect_int(args_w[0]) > 0:
        digits = interp.space.expect_int(args_w[0])
        factor = math.pow(10.0, digits)
        value = w_self.value * factor
        value = math.floor(value) if value >= 0 else math.ceil(value)
        return W_Float(value / factor)
    value = w_self.value
    return float_to_integer(interp.space, math.floor(value) if value >= 0 else
                            math.ceil(value))


@builtin("Float", "nan?", 0, 0)
def float_nan(interp, w_self, args_w, w_block):
    assert isinstance(w_self, W_Float)
    return newbool(w_self.value != w_self.value)


@builtin("Float", "infinite?", 0, 0)
def float_infinite(interp, w_self, args_w, w_block):
    assert isinstance(w_self, W_Float)
    value = w_self.value
    if math.isinf(value):
        return W_Integer(1 if value > 0 else -1)
    return w_nil


@builtin("Float", "finite?", 0, 0)
def float_finite(interp, w_self, args_w, w_block):
    assert isinstance(w_self, W_Float)
    return newbool(isfinite(w_self.value))


def float_round_mode(interp, w_self, args_w, mode):
    space = interp.space
    assert isinstance(w_self, W_Float)
    value = w_self.value
    digits = 0
    half = "up"
    for w_arg in args_w:
        if isinstance(w_arg, W_Integer):
            digits = w_arg.value
        elif isinstance(w_arg, W_Hash):
            w_half = w_arg.table.get(symbol("half"))
            if w_half is not None and w_half is not w_nil:
                half = space.to_s(w_half)
    if digits > 0:
        if not isfinite(value):
            return w_self
        if mode == "round":
            if half == "even":
                return W_Float(round_half_even(value, digits))
            if half == "down":
                return W_Float(round_half_down(value, digits))
            return W_Float(round_half_up(value, digits))
        factor = math.pow(10.0, digits)
        if mode == "floor":
            result = math.floor(value * factor) / factor
            if result > value:
                result = (math.floor(value * factor) - 1) / factor
            return W_Float(float(format_printf(result, "f", "", -1, digits)))
        result = math.ceil(value * factor) / factor
        return W_Float(float(format_printf(result, "f", "", -1, digits)))
    if not isfinite(value):
        raise space.error(space.w_FloatDomainError, float_to_s(value))
    if digits < 0:
        w_int = float_to_integer(space, math.floor(value) if mode == "floor" else
                                 (math.ceil(value) if mode == "ceil" else
                                  round_double(value, 0)))
        return int_round_digits(interp, w_int, digits, mode)
    if mode == "floor":
        return float_to_integer(space, math.floor(value))
    if mode == "ceil":
        return float_to_integer(space, math.ceil(value))
    if half == "even":
        return float_to_integer(space, round_half_even(value, 0))
    if half == "down":
        return float_to_integer(space, round_half_down(value, 0))
    return float_to_integer(space, round_double(value, 0))


def c_round(x):
    """C's round(): halves away from zero."""
    if x >= 0:
        return math.floor(x + 0.5)
    return -math.floor(-x + 0.5)


def round_half_up(x, digits):
    """ruby's round_half_up (float.c): round(x * s), corrected when the halfway point
    itself reads back as x."""
    s = math.pow(10.0, digits)
    xs = x * s
    f = c_round(xs)
    if x > 0:
        if (f + 0.5) / s <= x:
            f += 1
    elif x < 0:
        if (f - 0.5) / s >= x:
            f -= 1
    return f / s


def round_half_even(value, digits):
    factor = math.pow(10.0, digits)
    scaled = value * factor
    floor = math.floor(scaled)
    diff = scaled - floor
    if diff > 0.5:
        result = floor + 1
    elif diff < 0.5:
        result = floor
    else:
        result = floor if math.fmod(floor, 2.0) == 0.0 else floor + 1
    return result / factor


def round_half_down(value, digits):
    factor = math.pow(10.0, digits)
    scaled = value * factor
    floor = math.floor(scaled)
    diff = scaled - floor
    if diff > 0.5:
        result = floor + 1
    elif diff < 0.5:
        result = floor
    else:
        result = floor if value > 0 else floor + 1
    return result / factor


@builtin("Float", "round", 0, 2)
def float_round(interp, w_self, args_w, w_block):
    return float_round_mode(interp, w_self, args_w, "round")


@builtin("Float", "floor", 0, 1)
def float_floor(interp, w_self, args_w, w_block):
    return float_round_mode(interp, w_self, args_w, "floor")


@builtin("Float", "ceil", 0, 1)
def float_ceil(interp, w_self, args_w, w_block):
    return float_round_mode(interp, w_self, args_w, "ceil")


@builtin("Integer", "step", 0, 2)
def num_step(interp, w_self, args_w, w_block):
    space = interp.space
    w_limit = args_w[0] if args_w else w_nil      # 1.step { }: no limit
    w_step = args_w[1] if len(args_w) > 1 else W_Integer(1)
    if isinstance(w_limit, W_Hash):
        w_by = w_limit.table.get(symbol("by"))
        w_to = w_limit.table.get(symbol("to"))
        w_step = w_by if w_by is not None else W_Integer(1)
        w_limit = w_to if w_to is not None else w_nil
    if w_block is None:
        return space.make_enumerator(w_self, "step", args_w)
    if isinstance(w_self, W_Integer) and w_limit is w_nil and isinstance(w_step, W_Integer):
        i = w_self.value                # 1.step(by: 3): no limit
        while True:
            interp.call_proc(w_block, [W_Integer(i)])
            i += w_step.value
    if isinstance(w_self, W_Integer) and isinstance(w_limit, W_Integer) and \
            isinstance(w_step, W_Integer):
        i = w_self.value
        step = w_step.value
        if step == 0:
            raise space.argument_error("step can't be 0")
        while (step > 0 and i <= w_limit.value) or (step < 0 and i >= w_limit.value):
            interp.call_proc(w_block, [W_Integer(i)])
            i += step
        return w_self
    start = space.expect_float(w_self)
    step = space.expect_float(w_step)
    limit = space.expect_float(w_limit)
    n = int(math.floor((limit - start) / step + 1e-9))
    for k in range(n + 1):
        interp.call_proc(w_block, [W_Float(start + k * step)])
    return w_self


builtin("Float", "step", 1, 2)(num_step)


@builtin("Integer", "clamp", 1, 2)
def num_clamp(interp, w_self, args_w, w_block):
    from languages.ruby.objects import W_Range
    if len(args_w) == 1:
        w_range = args_w[0]
        assert isinstance(w_range, W_Range)
        w_low = w_range.w_first
        w_high = w_range.w_last
    else:
        w_low = args_w[0]
        w_high = args_w[1]
    if w_low is not w_nil and num_compare(interp, w_self, w_low) < 0:
        return w_low
    if w_high is not w_nil and num_compare(interp, w_self, w_high) > 0:
        return w_high
    return w_self


builtin("Float", "clamp", 1, 2)(num_clamp)


@builtin("Integer", "allbits?", 1, 1)
def int_allbits(interp, w_self, args_w, w_block):
    w_and = int_bitop(interp, "&", w_self, args_w[0])
    return newbool(interp.space.eq(w_and, args_w[0]))


@builtin("Integer", "anybits?", 1, 1)
def int_anybits(interp, w_self, args_w, w_block):
    w_and = int_bitop(interp, "&", w_self, args_w[0])
    return newbool(not interp.space.eq(w_and, W_Integer(0)))


@builtin("Integer", "nobits?", 1, 1)
def int_nobits(interp, w_self, args_w, w_block):
    w_and = int_bitop(interp, "&", w_self, args_w[0])
    return newbool(interp.space.eq(w_and, W_Integer(0)))


@builtin("Integer", "bit_count", 0, 0)
def int_bit_count_builtin(interp, w_self, args_w, w_block):
    return W_Integer(integers.int_bit_count(interp.space.expect_int(w_self)))
