"""Arithmetic: is/2 and the comparisons, over the kit's integer tower (framework/integers.py),
with SWI-Prolog's choices: `/` on integers stays an integer when exact, `**` on integers is
an integer for a non-negative exponent, floats overflow into evaluation errors."""
import math

from rpython.rlib.rarithmetic import ovfcheck, intmask
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rfloat import INFINITY, NAN, copysign, isfinite

from framework import integers
from languages.prolog import errors, terms
from languages.prolog.engine import det
from languages.prolog.terms import Var, Atom, Int, BigInt, Float, String, Struct, make_big
from languages.prolog.unify import unify, compare_numbers


def eval_arith(engine, term):
    term = term.deref()
    if isinstance(term, Int) or isinstance(term, Float) or isinstance(term, BigInt):
        return term
    if isinstance(term, Var):
        raise errors.instantiation_error()
    if isinstance(term, Struct):
        functor = term.functor
        name = functor.name
        if functor.arity == 1:
            return eval_unary(engine, name, eval_arith(engine, term.args[0]), term)
        if functor.arity == 2:
            if functor is terms.DOT:
                tail = term.args[1].deref()
                if tail is not terms.NIL:
                    raise errors.type_error("evaluable", term)
                return eval_arith(engine, term.args[0])
            x = eval_arith(engine, term.args[0])
            y = eval_arith(engine, term.args[1])
            return eval_binary(name, x, y, term)
        raise not_evaluable(name, functor.arity)
    if isinstance(term, Atom):
        return eval_constant(engine, term.name)
    if isinstance(term, String):
        codes = term.value
        if len(codes) == 1:
            return Int(ord(codes[0]))
        raise errors.type_error("evaluable", term)
    raise errors.type_error("evaluable", term)


def not_evaluable(name, arity):
    return errors.type_error("evaluable", errors.indicator(name, arity))


def eval_constant(engine, name):
    if name == "pi":
        return Float(math.pi)
    if name == "e":
        return Float(math.e)
    if name == "inf" or name == "infinite":
        return Float(INFINITY)
    if name == "nan":
        return Float(NAN)
    if name == "epsilon":
        return Float(2.220446049250313e-16)
    if name == "max_tagged_integer":
        return Int((1 << 60) - 1)
    if name == "min_tagged_integer":
        return Int(-(1 << 60))
    if name == "random":
        return Int(intmask(engine.random.genrand_int32()))
    if name == "random_float":
        return Float(engine.random.random())
    if name == "cputime":
        return Float(0.0)
    if name == "realtime":
        return Int(0)
    if name == "max_integer":
        return Int(9223372036854775807)
    if name == "min_integer":
        return Int(-9223372036854775807 - 1)
    if name == "[]":
        raise errors.type_error("evaluable", terms.atom(name))
    raise not_evaluable(name, 0)


def to_float(x):
    if isinstance(x, Int):
        return float(x.value)
    if isinstance(x, BigInt):
        try:
            return x.value.tofloat()
        except OverflowError:
            raise errors.evaluation_error("float_overflow")
    assert isinstance(x, Float)
    return x.value


def check_float(value):
    if math.isnan(value):
        raise errors.evaluation_error("undefined")
    if math.isinf(value):
        raise errors.evaluation_error("float_overflow")
    return Float(value)


def require_int(x):
    if isinstance(x, Float):
        raise errors.type_error("integer", x)


def eval_unary(engine, name, x, term):
    if name == "-":
        if isinstance(x, Int):
            try:
                return Int(integers.int_neg(x.value))
            except OverflowError:
                return make_big(rbigint.fromint(x.value).neg())
        if isinstance(x, BigInt):
            return make_big(x.value.neg())
        return Float(-to_float(x))
    if name == "+":
        return x
    if name == "abs":
        if isinstance(x, Float):
            return Float(abs(x.value))
        if isinstance(x, Int) and x.value >= 0:
            return x
        return eval_unary(engine, "-", x, term) if is_negative(x) else x
    if name == "sign":
        if isinstance(x, Float):
            v = x.value
            return Float(1.0 if v > 0 else (-1.0 if v < 0 else 0.0))
        if isinstance(x, Int):
            v = x.value
            return Int(1 if v > 0 else (-1 if v < 0 else 0))
        return Int(-1 if is_negative(x) else 1)
    if name == "sqrt":
        v = to_float(x)
        if v < 0:
            raise errors.evaluation_error("undefined")
        return Float(math.sqrt(v))
    if name == "sin":
        return Float(math.sin(to_float(x)))
    if name == "cos":
        return Float(math.cos(to_float(x)))
    if name == "tan":
        return Float(math.tan(to_float(x)))
    if name == "asin":
        v = to_float(x)
        if v < -1.0 or v > 1.0:
            raise errors.evaluation_error("undefined")
        return Float(math.asin(v))
    if name == "acos":
        v = to_float(x)
        if v < -1.0 or v > 1.0:
            raise errors.evaluation_error("undefined")
        return Float(math.acos(v))
    if name == "atan":
        return Float(math.atan(to_float(x)))
    if name == "exp":
        return check_float(math.exp(to_float(x)))
    if name == "log":
        v = to_float(x)
        if v <= 0.0:
            raise errors.evaluation_error("undefined")
        return Float(math.log(v))
    if name == "log2":
        v = to_float(x)
        if v <= 0.0:
            raise errors.evaluation_error("undefined")
        return Float(math.log(v) / math.log(2.0))
    if name == "sinh":
        return Float(math.sinh(to_float(x)))
    if name == "cosh":
        return Float(math.cosh(to_float(x)))
    if name == "tanh":
        return Float(math.tanh(to_float(x)))
    if name == "float":
        return Float(to_float(x))
    if name == "integer":
        if isinstance(x, Float):
            return float_to_integer(round_half_away(x.value))
        return x
    if name == "float_integer_part":
        v = to_float(x)
        return Float(v - math.fmod(v, 1.0) if isfinite(v) else v)
    if name == "float_fractional_part":
        v = to_float(x)
        return Float(math.fmod(v, 1.0))
    if name == "truncate":
        if isinstance(x, Float):
            v = x.value
            return float_to_integer(math.floor(v) if v >= 0 else math.ceil(v))
        return x
    if name == "round":
        if isinstance(x, Float):
            return float_to_integer(round_half_away(x.value))
        return x
    if name == "ceiling":
        if isinstance(x, Float):
            return float_to_integer(math.ceil(x.value))
        return x
    if name == "floor":
        if isinstance(x, Float):
            return float_to_integer(math.floor(x.value))
        return x
    if name == "\\":
        require_int(x)
        if isinstance(x, Int):
            return Int(~x.value)
        return make_big(terms.big_of(x).invert())
    if name == "msb":
        require_int(x)
        if isinstance(x, Int):
            return Int(integers.int_bit_length(x.value) - 1)
        return Int(terms.big_of(x).bit_length() - 1)
    if name == "succ":
        return eval_binary("+", x, Int(1), term)
    if name == "random":
        require_int(x)
        if isinstance(x, Int) and x.value > 0:
            return Int(intmask(engine.random.genrand_int32()) % x.value)
        raise errors.domain_error("positive_integer", x)
    if name == "random_float":
        return Float(engine.random.random())
    raise not_evaluable(name, 1)


def round_half_away(v):
    if v >= 0:
        return math.floor(v + 0.5)
    return -math.floor(-v + 0.5)


def float_to_integer(v):
    if math.isnan(v) or math.isinf(v):
        raise errors.evaluation_error("undefined")
    try:
        return Int(integers.float_to_int(v))
    except OverflowError:
        return make_big(integers.float_to_big(v))


def is_negative(x):
    if isinstance(x, Int):
        return x.value < 0
    if isinstance(x, BigInt):
        return x.value.sign < 0
    assert isinstance(x, Float)
    return x.value < 0


def is_zero(x):
    if isinstance(x, Int):
        return x.value == 0
    if isinstance(x, BigInt):
        return x.value.sign == 0
    return False


def eval_binary(name, x, y, term):
    both_int = not isinstance(x, Float) and not isinstance(y, Float)
    if both_int and isinstance(x, Int) and isinstance(y, Int):
        result = int_binary(name, x.value, y.value)
        if result is not None:
            return result
    if name == "+" or name == "-" or name == "*":
        if both_int:
            a = terms.big_of(x)
            b = terms.big_of(y)
            if name == "+":
                return make_big(a.add(b))
            if name == "-":
                return make_big(a.sub(b))
            return make_big(a.mul(b))
        a = to_float(x)
        b = to_float(y)
        if name == "+":
            return check_float(a + b)
        if name == "-":
            return check_float(a - b)
        return check_float(a * b)
    if name == "/":
        if both_int:
            if is_zero(y):
                raise zero_divisor(name)
            a = terms.big_of(x)
            b = terms.big_of(y)
            if a.mod(b).sign == 0:
                return make_big(a.floordiv(b))
            return check_float(a.truediv(b))
        a = to_float(x)
        b = to_float(y)
        if b == 0.0:
            if a == 0.0 or a != a:
                raise errors.evaluation_error("undefined")
            raise zero_divisor(name)
        return check_float(a / b)
    if name == "//" or name == "mod" or name == "rem" or name == "div":
        require_int(x)
        require_int(y)
        if is_zero(y):
            raise zero_divisor(name)
        a = terms.big_of(x)
        b = terms.big_of(y)
        if name == "//":
            return make_big(integers.big_truncdiv(a, b))
        if name == "rem":
            return make_big(integers.big_rem(a, b))
        if name == "mod":
            return make_big(integers.big_mod(a, b))
        return make_big(integers.big_floordiv(a, b))
    if name == "min" or name == "max":
        c = compare_values(x, y)
        if name == "min":
            return x if c < 0 else y
        return x if c > 0 else y
    if name == "**":
        if both_int:
            return int_power(x, y, True)
        return float_power(to_float(x), to_float(y))
    if name == "^":
        if both_int:
            return int_power(x, y, False)
        return float_power(to_float(x), to_float(y))
    if name == "atan2" or name == "atan":
        return Float(math.atan2(to_float(x), to_float(y)))
    if name == "copysign":
        return Float(copysign(to_float(x), to_float(y)))
    if name == "log":
        a = to_float(x)
        b = to_float(y)
        if a <= 0.0 or b <= 0.0:
            raise errors.evaluation_error("undefined")
        return Float(math.log(b) / math.log(a))
    if name == ">>" or name == "<<" or name == "/\\" or name == "\\/" or name == "xor" \
            or name == "gcd":
        require_int(x)
        require_int(y)
        a = terms.big_of(x)
        b = terms.big_of(y)
        if name == "/\\":
            return make_big(a.and_(b))
        if name == "\\/":
            return make_big(a.or_(b))
        if name == "xor":
            return make_big(a.xor(b))
        if name == "gcd":
            return make_big(big_gcd(a, b))
        shift = y
        if not isinstance(shift, Int):
            raise errors.resource_error("memory")
        count = shift.value
        if name == ">>":
            count = -count
        if count >= 0:
            return make_big(integers.big_lshift(a, count))
        return make_big(integers.big_rshift(a, -count))
    raise not_evaluable(name, 2)


def zero_divisor(name):
    """SWI-Prolog names the dividing function as the error's context: `(/)/2`."""
    return errors.error(errors.make("evaluation_error", [terms.atom("zero_divisor")]),
                        errors.make("context", [errors.indicator(name, 2), Var(0)]))


def big_gcd(a, b):
    a = a.abs()
    b = b.abs()
    while b.sign != 0:
        a, b = b, a.mod(b)
    return a


def int_binary(name, a, b):
    """The result on two machine ints, or None for the general path (overflow and the
    operations done on rbigints)."""
    try:
        if name == "+":
            return Int(ovfcheck(a + b))
        if name == "-":
            return Int(ovfcheck(a - b))
        if name == "*":
            return Int(ovfcheck(a * b))
        if name == "//":
            if b == 0:
                raise zero_divisor(name)
            return Int(integers.int_truncdiv(a, b))
        if name == "mod":
            if b == 0:
                raise zero_divisor(name)
            return Int(integers.int_mod(a, b))
        if name == "rem":
            if b == 0:
                raise zero_divisor(name)
            return Int(integers.int_rem(a, b))
        if name == "div":
            if b == 0:
                raise zero_divisor(name)
            return Int(integers.int_floordiv(a, b))
        if name == "/\\":
            return Int(a & b)
        if name == "\\/":
            return Int(a | b)
        if name == "xor":
            return Int(a ^ b)
        if name == ">>":
            if 0 <= b < 64:
                return Int(a >> b)
            return None
        if name == "<<":
            if 0 <= b < 62 and -(1 << (62 - b)) < a < (1 << (62 - b)):
                return Int(a << b)
            return None
    except OverflowError:
        return None
    return None


def int_power(x, y, star):
    base = terms.big_of(x)
    if is_negative(y):
        if isinstance(x, Int) and x.value == 1:
            return Int(1)
        if isinstance(x, Int) and x.value == -1:
            return Int(1 if is_even(y) else -1)
        if star:
            return float_power(to_float(x), to_float(y))
        if is_zero(x):
            raise zero_divisor("^")
        raise errors.type_error("float", x)
    exponent = y
    if not isinstance(exponent, Int):
        raise errors.resource_error("memory")
    return make_big(integers.big_pow(base, rbigint.fromint(exponent.value)))


def is_even(y):
    if isinstance(y, Int):
        return y.value % 2 == 0
    return terms.big_of(y).mod(rbigint.fromint(2)).sign == 0


def float_power(a, b):
    if a == 0.0 and b < 0:
        raise zero_divisor("**")
    if a < 0.0 and b != math.floor(b):
        raise errors.evaluation_error("undefined")
    try:
        return check_float(math.pow(a, b))
    except OverflowError:
        raise errors.evaluation_error("float_overflow")
    except ValueError:
        raise errors.evaluation_error("undefined")


def compare_arith(engine, args):
    x = eval_arith(engine, args[0])
    y = eval_arith(engine, args[1])
    if isinstance(x, Int) and isinstance(y, Int):
        a = x.value
        b = y.value
        return -1 if a < b else (1 if a > b else 0)
    if isinstance(x, Float) and isinstance(y, Float):
        a = x.value
        b = y.value
        if a != a or b != b:
            return 2
        return -1 if a < b else (1 if a > b else 0)
    return compare_values(x, y)


def compare_values(x, y):
    """-1, 0, 1 by numeric value (2 when a NaN makes them unordered)."""
    if isinstance(x, Float):
        if isinstance(y, Float):
            a = x.value
            b = y.value
            if a != a or b != b:
                return 2
            return -1 if a < b else (1 if a > b else 0)
        c = compare_integer_with_float(y, x.value)
        return c if c == 2 else -c
    if isinstance(y, Float):
        return compare_integer_with_float(x, y.value)
    return integers.big_compare(terms.big_of(x), terms.big_of(y))


def compare_integer_with_float(x, f):
    if isinstance(x, Int):
        c = integers.compare_int_float(x.value, f)
    else:
        assert isinstance(x, BigInt)
        c = integers.compare_big_float(x.value, f)
    if c == integers.UNORDERED:
        return 2
    return c


@det("is", 2)
def b_is(engine, args):
    return unify(engine, args[0], eval_arith(engine, args[1]))


@det("=:=", 2)
def b_eq(engine, args):
    return compare_arith(engine, args) == 0


@det("=\\=", 2)
def b_ne(engine, args):
    return compare_arith(engine, args) != 0


@det("<", 2)
def b_lt(engine, args):
    return compare_arith(engine, args) == -1


@det(">", 2)
def b_gt(engine, args):
    return compare_arith(engine, args) == 1


@det("=<", 2)
def b_le(engine, args):
    c = compare_arith(engine, args)
    return c == -1 or c == 0


@det(">=", 2)
def b_ge(engine, args):
    c = compare_arith(engine, args)
    return c == 1 or c == 0


@det("succ", 2)
def b_succ(engine, args):
    x = args[0].deref()
    if isinstance(x, Int):
        if x.value < 0:
            raise errors.type_error("not_less_than_zero", x)
        return unify(engine, args[1], Int(x.value + 1))
    if not isinstance(x, Var):
        raise errors.type_error("integer", x)
    y = args[1].deref()
    if isinstance(y, Int):
        if y.value < 0:
            raise errors.type_error("not_less_than_zero", y)
        if y.value == 0:
            return False
        return unify(engine, x, Int(y.value - 1))
    if isinstance(y, Var):
        raise errors.instantiation_error()
    raise errors.type_error("integer", y)


@det("plus", 3)
def b_plus(engine, args):
    x = args[0].deref()
    y = args[1].deref()
    z = args[2].deref()
    if not isinstance(x, Var) and not isinstance(y, Var):
        return unify(engine, z, eval_binary("+", eval_arith(engine, x), eval_arith(engine, y), z))
    if not isinstance(x, Var) and not isinstance(z, Var):
        return unify(engine, y, eval_binary("-", eval_arith(engine, z), eval_arith(engine, x), z))
    if not isinstance(y, Var) and not isinstance(z, Var):
        return unify(engine, x, eval_binary("-", eval_arith(engine, z), eval_arith(engine, y), z))
    raise errors.instantiation_error()
