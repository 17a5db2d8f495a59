# int.bit_count/as_integer_ratio/conjugate, float.as_integer_ratio/is_integer/conjugate
import sys


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for v in [0, 1, -1, 7, 255, -256, 1023, 2**31, 2**63 - 1, -2**63, 2**64, -(2**100 - 1),
          sys.maxsize, -sys.maxsize - 1, True, False, 10**40]:
    n, d = v.as_integer_ratio()
    print(v, v.bit_count(), v.bit_length(), (n, d), type(n).__name__, type(d).__name__,
          v.conjugate(), type(v.conjugate()).__name__)

for f in [0.0, -0.0, 0.5, -0.75, 1.0, 3.0, 0.1, 1e300, 5e-324, 2.5e-8, 123.456, -1e22,
          float(2**53 + 2), 1/3]:
    n, d = f.as_integer_ratio()
    print(repr(f), (n, d), n / d == f, f.is_integer(), f.conjugate(), d & (d - 1) == 0)

show("inf ratio", lambda: float("inf").as_integer_ratio())
show("-inf ratio", lambda: float("-inf").as_integer_ratio())
show("nan ratio", lambda: float("nan").as_integer_ratio())
print(float("inf").is_integer(), float("nan").is_integer(), (-0.0).is_integer())
show("bit_count arg", lambda: (5).bit_count(1))
show("int is_integer", lambda: (5).is_integer())


class Count(int):
    pass


c = Count(12)
print(c.bit_count(), c.as_integer_ratio(), type(c.as_integer_ratio()[0]).__name__,
      type(c.conjugate()).__name__)


# exact fractions from ratios: sum of 0.1 ten times, compared exactly
def add_ratio(a, b):
    n = a[0] * b[1] + b[0] * a[1]
    d = a[1] * b[1]
    while d % 2 == 0 and n % 2 == 0:
        n //= 2
        d //= 2
    return n, d


total = (0, 1)
for i in range(10):
    total = add_ratio(total, (0.1).as_integer_ratio())
print(total, total == (1, 1), sum([0.1] * 10), (sum([0.1] * 10)).as_integer_ratio() == total)
print(sum(x.bit_count() for x in range(256)), [x for x in range(40) if x.bit_count() == 1])
