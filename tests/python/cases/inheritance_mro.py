# inheritance: super chains, diamond MRO, cooperative __init__, mixins, __init_subclass__, overriding
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        super().__init__()
    def describe(self):
        return "Base"
class Left(Base):
    def __init__(self, left=0, **kw):
        super().__init__(**kw)
        self.log.append("Left")
        self.left = left
    def describe(self):
        return "Left>" + super().describe()
class Right(Base):
    def __init__(self, right=0, **kw):
        super().__init__(**kw)
        self.log.append("Right")
        self.right = right
    def describe(self):
        return "Right>" + super().describe()
class Diamond(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Diamond")
    def describe(self):
        return "Diamond>" + super().describe()
d = Diamond(left=1, right=2)
print(d.log, d.left, d.right, d.describe())
print([c.__name__ for c in Diamond.__mro__])
print(isinstance(d, Left), isinstance(d, Right), issubclass(Diamond, Base), Diamond.__bases__)

class JsonMixin:
    def to_json(self):
        parts = ['"%s": %r' % (k, v) for k, v in sorted(vars(self).items())]
        return "{" + ", ".join(parts) + "}"
class ComparableMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
class Point(JsonMixin, ComparableMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, 2).to_json(), Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1))

class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls)
class CsvPlugin(Plugin, name="csv"):
    pass
class XmlPlugin(Plugin):
    pass
print([(p.__name__, p.plugin_name) for p in Plugin.registry])

class Shape:
    sides = 0
    def area(self):
        raise NotImplementedError(type(self).__name__ + " must define area")
    def __repr__(self):
        return "%s(sides=%d, area=%.2f)" % (type(self).__name__, self.sides, self.area())
class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
class Triangle(Shape):
    sides = 3
print(Rect(2, 3), Square(4), Square.__mro__[1].__name__, Square(2).area() == Rect(2, 2).area())
try:
    repr(Triangle())
except NotImplementedError as e:
    print("NotImplementedError:", e)

class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B+" + A.who(self)
class C(B):
    def who(self):
        return "C+" + super(B, self).who()
print(C().who(), B().who(), super(C, C()).who())
try:
    class Bad(Left, Diamond):
        pass
except TypeError as e:
    print("TypeError:", e)
class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, key):
        self[key] = self[key] + 1
cnt = Counter()
for ch in "banana":
    cnt.add(ch)
print(cnt, isinstance(cnt, dict), cnt["zzz"], len(cnt))
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s.pop(), s, type(s).__name__, type(s + [9]).__name__)
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
    def shout(self):
        return self + "!"
u = Upper("hello")
print(u, u.shout(), len(u), isinstance(u, str), u.lower(), type(u.lower()).__name__)
try:
    class Strict(Shape, flavour="x"):
        pass
except TypeError as e:
    print("TypeError:", e)
Dyn = type("Dyn", (Plugin,), {}, name="dynamic")
print(Dyn.plugin_name, Plugin.registry[-1].__name__, Shape.__doc__, Plugin.__init_subclass__.__name__)
