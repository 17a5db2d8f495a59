# classes with operator overloading, reflected ops, comparisons, hashing, repr/str
from functools import total_ordering

class Vector:
    def __init__(self, *components):
        self.c = tuple(components)
    def __repr__(self):
        return "Vector(%s)" % ", ".join(repr(x) for x in self.c)
    def __str__(self):
        return "<" + ", ".join(str(x) for x in self.c) + ">"
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(*[a + b for a, b in zip(self.c, other.c)])
    def __sub__(self, other):
        return Vector(*[a - b for a, b in zip(self.c, other.c)])
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(*[a * k for a in self.c])
        return NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.c, other.c))
    def __neg__(self):
        return Vector(*[-a for a in self.c])
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __bool__(self):
        return any(self.c)
    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c
    def __hash__(self):
        return hash(self.c)
    def __iadd__(self, other):
        print("iadd called")
        self.c = (self + other).c
        return self
    def __contains__(self, x):
        return x in self.c
    def __iter__(self):
        return iter(self.c)

v = Vector(1, 2, 3)
w = Vector(4, 5, 6)
print(v + w, v - w, v * 2, 3 * v, v @ w, -v, abs(Vector(3, 4)))
print(repr(v), str(v), len(v), v[0], v[-1], list(v), 2 in v, 9 in v)
print(bool(Vector(0, 0)), bool(v), v == Vector(1, 2, 3), v != w, v == (1, 2, 3))
print(len({v, Vector(1, 2, 3), w}))
u = v
v += w
print(v, u is v)
try:
    v + 5
except TypeError as e:
    print("TypeError:", e)
try:
    v * "x"
except TypeError as e:
    print("TypeError:", e)

@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))

vs = [Version("1.10.0"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs), max(vs), Version("1.0") <= Version("1.0"), Version("2.0") > Version("1.9"))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __radd__(self, other):
        if other == 0:
            return self
        return Money(self.cents + other)
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return Money(self.cents + other)
    def __lt__(self, other):
        return self.cents < other.cents
    def __repr__(self):
        return "$%d.%02d" % divmod(self.cents, 100)
    def __format__(self, spec):
        return format(repr(self), spec)
wallet = [Money(150), Money(275), Money(5)]
print(sum(wallet), sorted(wallet), min(wallet), f"{Money(99):>10}|")
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
print(NoHash() == 3, NoHash.__hash__)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v
print(Cmp(1) > Cmp(2), Cmp(3) < Cmp(4))
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print("TypeError:", e)
