# float repr, rounding, special values and conversions
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.123, 1e-7, 5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), str(v))
print(1.0, -1.0, 100.0, 1e22, 1e21, 1.5e300 * 1e10, -1e400, 0.0 * -1)
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf - inf, inf * 0, inf > 1e308, nan == nan, nan != nan)
print(float("1e500"), float("-Infinity"), float("  3.25  "), float("1_000.5"), float("-0"))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1.005, 2))
print(round(3.14159, 3), round(-3.14159, 1), round(1234.5678, -2), round(5.5), type(round(5.5)).__name__)
print(round(2.5, 0), type(round(2.5, 0)).__name__, round(0.0), round(-0.4))
print(7.0 // 2, -7.0 // 2, 7.0 % 2, -7.0 % 2, 7.5 % -2, divmod(7.5, 2), divmod(-7.5, 2))
print(2.0 ** 0.5, 4 ** 0.5, 2 ** -2, 10.0 ** 20, (-8.0) ** 2, 1e308 * 10)
print(int(2.9), int(-2.9), float(7), float(2 ** 60), 3 / 2, -3 / 2, 6 / 3)
print((0.1).is_integer(), (2.0).is_integer(), (2.5).as_integer_ratio(), (0.75).hex())
print(abs(-2.5), max(1.5, 2), min(-0.0, 0.0), sum([0.1] * 10), 0.1 * 3)
print(1e-4, 1e-5, 0.0001, 0.00001, 1234567890123456789.0, 12345678901234567.0)
print(float(10 ** 20), float(-(10 ** 16)), 10 ** 16 / 1, 2 ** 0.5 * 2 ** 0.5)
print(3.0 == 3, 3.1 > 3, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(hash(1.0) == hash(1), hash(0.0) == hash(-0.0), float("nan") in [nan], nan in [nan])
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2.5), math.ceil(2.0000001))
print(math.sqrt(2), math.isclose(0.1 + 0.2, 0.3), math.isinf(inf), math.isnan(nan), math.fabs(-3))
print(math.pi, math.e, math.copysign(1, -0.0), math.fmod(-7, 2), math.hypot(3, 4))
print(math.log(math.e), math.log10(1000), math.log2(1024), math.exp(0), math.pow(2, 10))
print(math.gcd(12, 18), math.factorial(20), math.isqrt(99), math.comb(10, 3), math.perm(5, 2))
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10) == 1.0)
print("%.17g" % 0.1, "%.20f" % 0.5, "%.3f" % 2.0005, "%.2f" % 0.125, "%.2f" % 0.375)
errors = [
    lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: float("abc"),
    lambda: math.sqrt(-1), lambda: 10.0 ** 400, lambda: math.log(0), lambda: round(inf),
    lambda: float("1e"), lambda: (-8) ** 0.5 + 1 if False else math.floor(nan),
]
for fn in errors:
    try:
        print(fn())
    except (ZeroDivisionError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
