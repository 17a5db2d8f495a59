class Stack(list):
    def push(self, v):
        self.append(v)
    def append(self, v):
        super().append(v * 10)
st = Stack([1])
st.push(2)
print(st, len(st), isinstance(st, list), type(st).__name__, st + [0], st[1:])
class CountingDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.writes = getattr(self, "writes", 0) + 1
cd = CountingDict(a=0)
cd["a"] = 1
cd["b"] = 2
print(cd, cd.writes, cd.get("a"), dict(cd), len(cd))
class Default(dict):
    def __missing__(self, key):
        return "no " + str(key)
dd = Default(a=1)
print(dd["a"], dd["b"], "b" in dd)
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u.shout(), u + "x", len(u), isinstance(u, str), repr(u), str(u), type(str(u)).__name__)
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = P(1, 2)
print(p, p.x, type(p).__name__, p + (3,), tuple(p), p == (1, 2), hash(p) == hash((1, 2)))
class Money(int):
    def __add__(self, other):
        return Money(int(self) + int(other))
    def __repr__(self):
        return "$%d" % self
m = Money(5) + 7
print(m, repr(m), m * 2, int(m), m > 3, isinstance(m, int))
class Meters(float):
    pass
print(Meters(2.5) * 2, Meters("1.5"), type(Meters(1)).__name__)
class Tags(set):
    pass
t = Tags([3, 1])
t.add(2)
print(sorted(t), len(t), type(t | {9}).__name__)
try:
    class Bad(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
