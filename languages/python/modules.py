"""The built-in modules (math, sys ...), each made on its first import; importing.py finds
the others."""
import math

from rpython.rlib import rfloat
from rpython.rtyper.lltypesystem import rffi
from rpython.translator.tool.cbuild import ExternalCompilationInfo
from rpython.rlib.rfloat import isfinite, INFINITY, NAN
from rpython.rlib.rbigint import rbigint
from rpython.rlib.objectmodel import specialize

from languages.python.kit import FunctionTable
from languages.python.error import OperationError
from languages.python.objects.moduleobject import W_ModuleObject
from languages.python.objects.functionobject import W_BuiltinFunction
from languages.python.objects.floatobject import W_FloatObject

math_functions = FunctionTable()


def float_result(space, value):
    return space.newfloat(value)


def math_unary(name, function, domain_check):
    def implementation(space, w_x):
        x = space.float_w(w_x)
        if domain_check(x):
            raise space.error(space.w_ValueError, "math domain error")
        try:
            return space.newfloat(function(x))
        except ValueError:
            raise space.error(space.w_ValueError, "math domain error")
        except OverflowError:
            raise space.error(space.w_OverflowError, "math range error")
    implementation.__name__ = "math_" + name
    math_functions.function(name)(implementation)


def never(x):
    return False


def negative(x):
    return x < 0.0


def not_positive(x):
    return x <= 0.0


def to_degrees(x):
    return x * (180.0 / math.pi)


def to_radians(x):
    return x * (math.pi / 180.0)


def below_minus_one(x):
    return x <= -1.0


def outside_unit(x):
    return x < -1.0 or x > 1.0


def below_one(x):
    return x < 1.0


# CPython 3.11 takes erf and erfc from the C library (rfloat's differ in the last bit).
LIBM = ExternalCompilationInfo(includes=["math.h"], libraries=["m"])
c_erf = rffi.llexternal("erf", [rffi.DOUBLE], rffi.DOUBLE, compilation_info=LIBM,
                        sandboxsafe=True, _nowrapper=True)
c_erfc = rffi.llexternal("erfc", [rffi.DOUBLE], rffi.DOUBLE, compilation_info=LIBM,
                         sandboxsafe=True, _nowrapper=True)


def not_gamma_domain(x):
    """Zero and the negative integers (the poles of the gamma function)."""
    return x <= 0.0 and x == math.floor(x) and not math.isinf(x)


def exp2(x):
    return math.pow(2.0, x)


def outside_open_unit(x):
    return x <= -1.0 or x >= 1.0


for _name, _function, _check in [("log1p", math.log1p, below_minus_one),
                                 ("expm1", math.expm1, never),
                                 ("sinh", math.sinh, never), ("cosh", math.cosh, never),
                                 ("tanh", math.tanh, never), ("asinh", math.asinh, never),
                                 ("acosh", math.acosh, below_one),
                                 ("atanh", math.atanh, outside_open_unit),
                                 ("degrees", to_degrees, never),
                                 ("radians", to_radians, never)]:
    math_unary(_name, _function, _check)

for _name, _function, _check in [("sqrt", math.sqrt, negative), ("exp", math.exp, never),
                                 ("sin", math.sin, never), ("cos", math.cos, never),
                                 ("tan", math.tan, never), ("atan", math.atan, never),
                                 ("asin", math.asin, outside_unit),
                                 ("acos", math.acos, outside_unit),
                                 ("log10", math.log10, not_positive),
                                 ("fabs", math.fabs, never),
                                 ("erf", c_erf, never), ("erfc", c_erfc, never),
                                 ("gamma", rfloat.gamma, not_gamma_domain),
                                 ("lgamma", rfloat.lgamma, not_gamma_domain),
                                 ("exp2", exp2, never)]:
    math_unary(_name, _function, _check)


@math_functions.function("log")
def math_log(space, w_x, w_base=None):
    x = space.float_w(w_x)
    if x <= 0.0:
        raise space.error(space.w_ValueError, "math domain error")
    if w_base is None:
        return space.newfloat(math.log(x))
    base = space.float_w(w_base)
    if base <= 0.0 or base == 1.0:
        raise space.error(space.w_ValueError, "math domain error")
    return space.newfloat(math.log(x) / math.log(base))


@math_functions.function("log2")
def math_log2(space, w_x):
    x = space.float_w(w_x)
    if x <= 0.0:
        raise space.error(space.w_ValueError, "math domain error")
    return space.newfloat(math.log(x) / math.log(2.0))


@math_functions.function("pow")
def math_pow(space, w_x, w_y):
    return space.float_pow(space.newfloat(space.float_w(w_x)), space.newfloat(space.float_w(w_y)))


@math_functions.function("atan2")
def math_atan2(space, w_y, w_x):
    return space.newfloat(math.atan2(space.float_w(w_y), space.float_w(w_x)))


@math_functions.function("hypot")
def math_hypot(space, w_x, w_y):
    return space.newfloat(math.hypot(space.float_w(w_x), space.float_w(w_y)))


@specialize.arg(2)
def integral(space, w_x, function):
    if space.is_int(w_x):
        return w_x
    x = space.float_w(w_x)
    return space.float_to_int(function(x))


@math_functions.function("floor")
def math_floor(space, w_x):
    return integral(space, w_x, math.floor)


@math_functions.function("ceil")
def math_ceil(space, w_x):
    return integral(space, w_x, math.ceil)


@math_functions.function("trunc")
def math_trunc(space, w_x):
    return integral(space, w_x, truncate)


def truncate(x):
    return math.floor(x) if x >= 0 else math.ceil(x)


@math_functions.function("isnan")
def math_isnan(space, w_x):
    return space.newbool(math.isnan(space.float_w(w_x)))


@math_functions.function("isinf")
def math_isinf(space, w_x):
    return space.newbool(math.isinf(space.float_w(w_x)))


@math_functions.function("isfinite")
def math_isfinite(space, w_x):
    return space.newbool(isfinite(space.float_w(w_x)))


@math_functions.function("gcd")
def math_gcd(space, args_w):
    from languages.python.objects import intobject
    w_result = space.newint(0)
    for w_x in args_w:
        w_a = space.call_method(w_result, "__abs__", [])
        w_b = space.call_method(w_x, "__abs__", [])
        while space.is_true(w_b):
            w_a, w_b = w_b, intobject.int_binop(space, "%", w_a, w_b)
        w_result = w_a
    return w_result


@math_functions.function("factorial")
def math_factorial(space, w_n):
    from languages.python.objects import intobject
    n = space.int_w(w_n)
    if n < 0:
        raise space.error(space.w_ValueError, "factorial() not defined for negative values")
    w_result = space.newint(1)
    for i in range(2, n + 1):
        w_result = intobject.int_binop(space, "*", w_result, space.newint(i))
    return w_result


@math_functions.function("copysign")
def math_copysign(space, w_x, w_y):
    return space.newfloat(math.copysign(space.float_w(w_x), space.float_w(w_y)))


@math_functions.function("isqrt")
def math_isqrt(space, w_n):
    from languages.python.objects import intobject
    if not space.is_int(w_n):
        w_n = space.newint(space.index_w(w_n, "'%s' object cannot be interpreted as an "
                                              "integer"))
    n = intobject.to_bigint(w_n)
    if n.sign < 0:
        raise space.error(space.w_ValueError, "isqrt() argument must be nonnegative")
    if not n.tobool():
        return space.newint(0)
    # Newton's iteration from a power of two above the root.
    x = rbigint.fromint(1).lshift((n.bit_length() + 1) // 2)
    while True:
        y = x.add(n.floordiv(x)).rshift(1)
        if not y.lt(x):
            break
        x = y
    return space.newbigint(x)


@math_functions.function("fmod")
def math_fmod(space, w_x, w_y):
    x = space.float_w(w_x)
    y = space.float_w(w_y)
    if y == 0.0 or math.isinf(x):
        if not math.isnan(x) and not math.isnan(y):
            raise space.error(space.w_ValueError, "math domain error")
    return space.newfloat(math.fmod(x, y))


@math_functions.function("modf")
def math_modf(space, w_x):
    x = space.float_w(w_x)
    if math.isinf(x):
        return space.newtuple([space.newfloat(math.copysign(0.0, x)), space.newfloat(x)])
    fraction, whole = math.modf(x)
    return space.newtuple([space.newfloat(fraction), space.newfloat(whole)])


@math_functions.function("frexp")
def math_frexp(space, w_x):
    x = space.float_w(w_x)
    mantissa, exponent = math.frexp(x)
    return space.newtuple([space.newfloat(mantissa), space.newint(exponent)])


@math_functions.function("ldexp")
def math_ldexp(space, w_x, w_i):
    x = space.float_w(w_x)
    i = space.int_w(w_i)
    try:
        result = math.ldexp(x, i)
    except OverflowError:
        raise space.error(space.w_OverflowError, "math range error")
    if math.isinf(result) and isfinite(x):
        raise space.error(space.w_OverflowError, "math range error")
    return space.newfloat(result)


@math_functions.function("lcm")
def math_lcm(space, args_w):
    from languages.python.objects import intobject
    w_result = space.newint(1)
    for w_x in args_w:
        w_x = space.call_method(w_x, "__abs__", [])
        if not space.is_true(w_x):
            return space.newint(0)
        w_gcd = math_gcd(space, [w_result, w_x])
        w_result = intobject.int_binop(space, "*", intobject.int_binop(space, "//", w_result,
                                                                        w_gcd), w_x)
    return w_result


def nonnegative_int(space, w_n, what):
    from languages.python.objects import intobject
    if not space.is_int(w_n):
        w_n = space.newint(space.index_w(w_n, "'%s' object cannot be interpreted as an "
                                              "integer"))
    if intobject.to_bigint(w_n).sign < 0:
        raise space.error(space.w_ValueError, "%s must be a non-negative integer" % what)
    return w_n


@math_functions.function("perm")
def math_perm(space, w_n, w_k=None):
    from languages.python.objects import intobject
    w_n = nonnegative_int(space, w_n, "n")
    if w_k is None or space.is_none(w_k):
        return math_factorial(space, w_n)
    w_k = nonnegative_int(space, w_k, "k")
    if intobject.int_compare(w_k, w_n) > 0:
        return space.newint(0)
    w_result = space.newint(1)
    w_i = w_n
    for step in range(space.int_w(w_k)):
        w_result = intobject.int_binop(space, "*", w_result, w_i)
        w_i = intobject.int_binop(space, "-", w_i, space.newint(1))
    return w_result


@math_functions.function("comb")
def math_comb(space, w_n, w_k):
    from languages.python.objects import intobject
    w_n = nonnegative_int(space, w_n, "n")
    w_k = nonnegative_int(space, w_k, "k")
    if intobject.int_compare(w_k, w_n) > 0:
        return space.newint(0)
    w_other = intobject.int_binop(space, "-", w_n, w_k)
    if intobject.int_compare(w_other, w_k) < 0:
        w_k = w_other
    w_result = space.newint(1)
    for i in range(space.int_w(w_k)):
        w_factor = intobject.int_binop(space, "-", w_n, space.newint(i))
        w_result = intobject.int_binop(space, "*", w_result, w_factor)
        w_result = intobject.int_binop(space, "//", w_result, space.newint(i + 1))
    return w_result


@math_functions.function("fsum")
def math_fsum(space, w_iterable):
    """Shewchuk's exact summation, as CPython's math.fsum (finite inputs)."""
    partials = []
    special = 0.0
    has_special = False
    w_iter = space.iter(w_iterable)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        x = space.float_w(w_item)
        if not isfinite(x):
            special += x
            has_special = True
            continue
        i = 0
        for y in partials:
            if abs(x) < abs(y):
                x, y = y, x
            hi = x + y
            lo = y - (hi - x)
            if lo != 0.0:
                partials[i] = lo
                i += 1
            x = hi
        del partials[i:]
        partials.append(x)
    if has_special:
        return space.newfloat(special)
    hi = 0.0
    if partials:
        n = len(partials) - 1
        hi = partials[n]
        lo = 0.0
        while n > 0:
            x = hi
            n -= 1
            y = partials[n]
            hi = x + y
            yr = hi - x
            lo = y - yr
            if lo != 0.0:
                break
        if n > 0 and ((lo < 0.0 and partials[n - 1] < 0.0) or
                      (lo > 0.0 and partials[n - 1] > 0.0)):
            y = lo * 2.0
            x = hi + y
            yr = x - hi
            if y == yr:
                hi = x
    return space.newfloat(hi)


@math_functions.function("dist")
def math_dist(space, w_p, w_q):
    p_w = space.listview(w_p)
    q_w = space.listview(w_q)
    if len(p_w) != len(q_w):
        raise space.error(space.w_ValueError, "both points must have the same number of "
                          "dimensions")
    total = 0.0
    for i in range(len(p_w)):
        d = space.float_w(p_w[i]) - space.float_w(q_w[i])
        total += d * d
    return space.newfloat(math.sqrt(total))


@math_functions.function("isclose", posonly=0, kwonly=["rel_tol", "abs_tol"], a="float",
                         b="float", rel_tol="float", abs_tol="float")
def math_isclose(space, a, b, rel_tol=1e-09, abs_tol=0.0):
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise space.error(space.w_ValueError, "tolerances must be non-negative")
    if a == b:
        return space.w_True
    if math.isinf(a) or math.isinf(b):
        return space.w_False
    diff = abs(b - a)
    return space.newbool(diff <= abs(rel_tol * b) or diff <= abs(rel_tol * a) or
                         diff <= abs_tol)


@math_functions.function("prod", kwonly=["w_start"])
def math_prod(space, w_iterable, w_start=None):
    w_result = space.newint(1) if w_start is None else w_start
    w_iter = space.iter(w_iterable)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            return w_result
        w_result = space.binary_op(w_result, w_item, "*", False)


def make_math(space):
    w_module = W_ModuleObject("math")
    for spec in math_functions.specs():
        w_module.w_dict.set(spec.name, W_BuiltinFunction(spec, None))
    w_module.w_dict.set("pi", space.newfloat(math.pi))
    w_module.w_dict.set("e", space.newfloat(math.e))
    w_module.w_dict.set("tau", space.newfloat(2 * math.pi))
    w_module.w_dict.set("inf", space.newfloat(INFINITY))
    w_module.w_dict.set("nan", space.newfloat(NAN))
    return w_module


sys_functions = FunctionTable()


@sys_functions.function("exit")
def sys_exit(space, w_code=None):
    args_w = [w_code] if w_code is not None else []
    raise OperationError(space.new_exception(space.w_SystemExit, args_w))


@sys_functions.function("getrecursionlimit")
def sys_getrecursionlimit(space):
    return space.newint(space.interpreter.limits.limit)


@sys_functions.function("setrecursionlimit", limit="int")
def sys_setrecursionlimit(space, limit):
    if limit < 1:
        raise space.error(space.w_ValueError, "recursion limit must be greater or equal "
                          "than 1")
    # The C stack check grows with the limit; the host's stacks bound the depth reached.
    space.interpreter.limits.set_limit(limit)
    return space.w_None


@sys_functions.function("set_int_max_str_digits", maxdigits="int")
def sys_set_int_max_str_digits(space, maxdigits):
    from languages.python.intdigits import set_limit
    set_limit(space, maxdigits)
    return space.w_None


@sys_functions.function("get_int_max_str_digits")
def sys_get_int_max_str_digits(space):
    return space.newint(space.int_max_str_digits)


@sys_functions.function("intern")
def sys_intern(space, w_string):
    return w_string


@sys_functions.function("exc_info")
def sys_exc_info(space):
    """(type, value, traceback) of the exception being handled, or three Nones."""
    from languages.python.objects.instanceobject import W_ExceptionObject, traceback_of
    w_exc = space.w_handled
    if w_exc is None or not isinstance(w_exc, W_ExceptionObject):
        return space.newtuple([space.w_None, space.w_None, space.w_None])
    return space.newtuple([space.type(w_exc), w_exc, traceback_of(space, w_exc)])


@sys_functions.function("getfilesystemencoding")
@sys_functions.function("getdefaultencoding")
def sys_getdefaultencoding(space):
    return space.newstr("utf-8")


random_functions = FunctionTable()


@random_functions.function("seed_from_text")
def random_seed_from_text(space, w_text):
    """random.seed's integer for a str/bytes/bytearray seed (version 2): its bytes followed
    by their SHA-512 digest, read as one big-endian number."""
    from framework.sha512 import sha512
    from languages.python.objects import strobject, bytesobject
    if isinstance(w_text, strobject.W_StrObject):
        data = w_text.utf8
    elif bytesobject.is_bytes_like(w_text):
        data = bytesobject.byte_data(space, w_text)
    else:
        raise space.type_error("expected str or bytes")
    return space.newbigint(rbigint.frombytes(data + sha512(data), "big", False))


def make_random(space):
    w_module = W_ModuleObject("_random")
    for spec in random_functions.specs():
        w_module.w_dict.set(spec.name, W_BuiltinFunction(spec, None))
    w_module.w_dict.set("Random", space.w_Random)
    return w_module


def make_sys(space):
    w_module = W_ModuleObject("sys")
    for spec in sys_functions.specs():
        w_module.w_dict.set(spec.name, W_BuiltinFunction(spec, None))
    w_module.w_dict.set("argv", space.newlist([space.newstr(a) for a in space.argv]))
    w_module.w_dict.set("maxsize", space.newint(9223372036854775807))
    w_module.w_dict.set("version", space.newstr("3.11.7 (polyvm)"))
    w_module.w_dict.set("platform", space.newstr("linux"))
    w_module.w_dict.set("byteorder", space.newstr("little"))
    w_module.w_dict.set("stdin", space.w_stdin)
    w_module.w_dict.set("stdout", space.w_stdout)
    w_module.w_dict.set("stderr", space.w_stderr)
    w_module.w_dict.set("modules", space.w_sys_modules)
    w_module.w_dict.set("executable", space.newstr("polyvm"))
    w_module.w_dict.set("path", space.sys_path())
    return w_module


def builtin_module(space, name):
    """The built-in module `name`, made on its first import, or None if there is none."""
    from languages.python.importing import run_prelude
    if name == "math":
        w_module = make_math(space)
    elif name == "sys":
        w_module = make_sys(space)
        space.register_module(name, w_module)
        run_prelude(space, "sys", "_sysextras", w_module)
        return w_module
    elif name == "_random":
        w_module = make_random(space)
    elif name == "_posix_core":
        from languages.python.posixmodule import make_posix_core
        w_module = make_posix_core(space)
    elif name == "_time_core":
        from languages.python.timemodule import make_time_core
        w_module = make_time_core(space)
    elif name == "_struct_core":
        from languages.python.structmodule import make_struct_core
        w_module = make_struct_core(space)
    elif name == "_hash_core":
        from languages.python.hashmodule import make_hash_core
        w_module = make_hash_core(space)
    elif name == "_sre_core":
        from languages.python.sre import make_sre_core
        w_module = make_sre_core(space)
    else:
        return None
    space.register_module(name, w_module)
    return w_module
