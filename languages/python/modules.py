"""Importing: built-in modules (math, sys ...) made on first import; the program's own
modules from .py files beside the main script."""
import math
import os

from rpython.rlib.rfloat import isfinite
from rpython.rlib.objectmodel import specialize

from framework.classdef import FunctionTable
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


for _name, _function, _check in [("sqrt", math.sqrt, negative), ("exp", math.exp, never),
                                 ("sin", math.sin, never), ("cos", math.cos, never),
                                 ("tan", math.tan, never), ("atan", math.atan, never),
                                 ("asin", math.asin, never), ("acos", math.acos, never),
                                 ("log10", math.log10, not_positive),
                                 ("fabs", math.fabs, never)]:
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
    n = space.int_w(w_n)
    if n < 0:
        raise space.error(space.w_ValueError, "isqrt() argument must be nonnegative")
    x = int(math.sqrt(float(n)))
    while x * x > n:
        x -= 1
    while (x + 1) * (x + 1) <= n:
        x += 1
    return space.newint(x)


def make_math(space):
    w_module = W_ModuleObject("math")
    for spec in math_functions.specs():
        w_module.w_dict.set(spec.name, W_BuiltinFunction(spec, None, []))
    w_module.w_dict.set("pi", space.newfloat(math.pi))
    w_module.w_dict.set("e", space.newfloat(math.e))
    w_module.w_dict.set("tau", space.newfloat(2 * math.pi))
    w_module.w_dict.set("inf", space.newfloat(float("inf")))
    w_module.w_dict.set("nan", space.newfloat(float("nan")))
    return w_module


sys_functions = FunctionTable()


@sys_functions.function("exit")
def sys_exit(space, w_code=None):
    args_w = [w_code] if w_code is not None else []
    raise OperationError(space.new_exception(space.w_SystemExit, args_w))


@sys_functions.function("getrecursionlimit")
def sys_getrecursionlimit(space):
    from languages.python.interpreter import RECURSION_LIMIT
    return space.newint(RECURSION_LIMIT)


def make_sys(space):
    w_module = W_ModuleObject("sys")
    for spec in sys_functions.specs():
        w_module.w_dict.set(spec.name, W_BuiltinFunction(spec, None, []))
    w_module.w_dict.set("argv", space.newlist([space.newstr(a) for a in space.argv]))
    w_module.w_dict.set("maxsize", space.newint(9223372036854775807))
    w_module.w_dict.set("version", space.newstr("3.11.7 (polyvm)"))
    w_module.w_dict.set("platform", space.newstr("linux"))
    w_module.w_dict.set("byteorder", space.newstr("little"))
    return w_module


def import_module(space, name, has_fromlist):
    w_module = space.modules.get(name, None)
    if w_module is not None:
        return w_module
    if name == "math":
        w_module = make_math(space)
    elif name == "sys":
        w_module = make_sys(space)
    else:
        w_module = load_source_module(space, name)
    space.modules[name] = w_module
    return w_module


def load_source_module(space, name):
    """A module from NAME.py in the main script's folder, run once."""
    from framework.entry import read_file
    path = name.replace(".", "/") + ".py"
    if space.main_dir:
        path = space.main_dir + "/" + path
    try:
        source = read_file(path)
    except OSError:
        raise space.error(space.w_ModuleNotFoundError, "No module named '%s'" % name)
    w_module = W_ModuleObject(name)
    space.modules[name] = w_module
    space.language.execute_module(path, source, w_module)
    return w_module
