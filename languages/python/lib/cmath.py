"""CPython's `cmath` in Python, on `math`: complex functions with the principal branches
CPython documents (special values as C99's Annex G where they matter most)."""
import math

pi = math.pi
e = math.e
tau = math.tau
inf = math.inf
nan = math.nan
infj = complex(0.0, math.inf)
nanj = complex(0.0, math.nan)


def _c(z):
    if isinstance(z, complex):
        return z
    if hasattr(z, "__complex__"):
        return z.__complex__()
    return complex(float(z), 0.0)


def phase(z):
    z = _c(z)
    return math.atan2(z.imag, z.real)


def polar(z):
    z = _c(z)
    return abs(z), math.atan2(z.imag, z.real)


def rect(r, phi):
    return complex(r * math.cos(phi), r * math.sin(phi))


def exp(z):
    z = _c(z)
    m = math.exp(z.real)
    if z.imag == 0.0:
        return complex(m, z.imag)
    return complex(m * math.cos(z.imag), m * math.sin(z.imag))


def log(z, base=None):
    z = _c(z)
    if z == 0:
        raise ValueError("math domain error")
    ax, ay = abs(z.real), abs(z.imag)
    h = math.hypot(ax, ay)
    if 0.71 <= h <= 1.73:                   # near 1: log1p keeps the precision
        big, small = max(ax, ay), min(ax, ay)
        real = math.log1p((big - 1.0) * (big + 1.0) + small * small) / 2.0
    else:
        real = math.log(h)
    result = complex(real, math.atan2(z.imag, z.real))
    if base is not None:
        return result / log(base)
    return result


def log10(z):
    z = log(z)
    return complex(z.real / math.log(10.0), z.imag / math.log(10.0))


def sqrt(z):
    z = _c(z)
    x, y = z.real, z.imag
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    r = math.sqrt((abs(x) + math.hypot(x, y)) / 2.0)
    if x >= 0.0:
        return complex(r, y / (2.0 * r))
    return complex(abs(y) / (2.0 * r), math.copysign(r, y))


def sin(z):
    z = _c(z)
    return complex(math.sin(z.real) * math.cosh(z.imag), math.cos(z.real) * math.sinh(z.imag))


def cos(z):
    z = _c(z)
    return complex(math.cos(z.real) * math.cosh(z.imag),
                   -math.sin(z.real) * math.sinh(z.imag))


def tan(z):
    z = _c(z)
    r = tanh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def sinh(z):
    z = _c(z)
    return complex(math.sinh(z.real) * math.cos(z.imag), math.cosh(z.real) * math.sin(z.imag))


def cosh(z):
    z = _c(z)
    return complex(math.cosh(z.real) * math.cos(z.imag), math.sinh(z.real) * math.sin(z.imag))


def tanh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > 354.0:
        return complex(math.copysign(1.0, x), 4.0 * math.sin(y) * math.cos(y) *
                       math.exp(-2.0 * abs(x)))
    tx = math.tanh(x)
    ty = math.tan(y)
    cx = 1.0 / math.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def asinh(z):
    z = _c(z)
    s1 = sqrt(complex(1.0 + z.imag, -z.real))
    s2 = sqrt(complex(1.0 - z.imag, z.real))
    return complex(math.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   math.atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag))


def asin(z):
    z = _c(z)
    r = asinh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def acos(z):
    z = _c(z)
    s1 = sqrt(complex(1.0 - z.real, -z.imag))
    s2 = sqrt(complex(1.0 + z.real, z.imag))
    return complex(2.0 * math.atan2(s1.real, s2.real),
                   math.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z):
    z = _c(z)
    s1 = sqrt(complex(z.real - 1.0, z.imag))
    s2 = sqrt(complex(z.real + 1.0, z.imag))
    return complex(math.asinh(s1.real * s2.real + s1.imag * s2.imag),
                   2.0 * math.atan2(s1.imag, s2.real))


def atanh(z):
    z = _c(z)
    if z.real < 0.0:
        r = atanh(complex(-z.real, -z.imag))
        return complex(-r.real, -r.imag)
    x, y = z.real, z.imag
    if x == 1.0 and y == 0.0:
        raise ValueError("math domain error")
    ay = abs(y)
    real = math.log1p(4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)) / 4.0
    imag = -math.atan2(-2.0 * y, (1.0 - x) * (1.0 + x) - ay * ay) / 2.0
    return complex(real, imag)


def atan(z):
    z = _c(z)
    r = atanh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def isfinite(z):
    z = _c(z)
    return math.isfinite(z.real) and math.isfinite(z.imag)


def isinf(z):
    z = _c(z)
    return math.isinf(z.real) or math.isinf(z.imag)


def isnan(z):
    z = _c(z)
    return math.isnan(z.real) or math.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a = _c(a)
    b = _c(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(b - a)
    return diff <= rel_tol * abs(b) or diff <= rel_tol * abs(a) or diff <= abs_tol
