# properties, class/static methods, descriptors, __getattr__/__setattr__, __slots__
class Temperature:
    scale = "celsius"
    instances = 0
    def __init__(self, c):
        self._c = c
        Temperature.instances += 1
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def describe():
        return "temperature helper"

t = Temperature(100)
print(t.celsius, t.fahrenheit, Temperature.from_fahrenheit(212).celsius, Temperature.describe(), t.describe())
t.celsius = 37
print(t.celsius, Temperature.instances)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"), hasattr(t, "celsius"))

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name[1:], self.kind.__name__))
        setattr(obj, self.name, value)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 33)
print(p.name, p.age, type(Person.name).__name__, Person.age.name)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)

class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError("no field %r" % name) from None
    def __setattr__(self, name, value):
        print("set", name, value)
        self._fields[name] = value
    def __delattr__(self, name):
        print("del", name)
        del self._fields[name]
r = Record(a=1, b=2)
r.c = 3
print(r.a, r.c, getattr(r, "zzz", "default"), hasattr(r, "b"))
del r.a
try:
    r.a
except AttributeError as e:
    print("AttributeError:", e)

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
s = Slotted(1, 2)
s.x = 10
print(s.x, s.y, Slotted.__slots__)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)

class Base:
    greeting = "hello"
    def greet(self):
        return self.greeting + " from " + type(self).__name__
class Child(Base):
    greeting = "hi"
c = Child()
print(c.greet(), Base().greet(), Child.greet is Base.greet)
c.greeting = "instance"
print(c.greet(), Child.greeting, vars(c))
setattr(Child, "extra", 5)
print(c.extra, getattr(c, "missing", None), "extra" in Child.__dict__)
print(isinstance(Child.__dict__["greeting"], str), callable(c.greet), callable(c.greeting))
class Slotted3D(Slotted):
    __slots__ = "z"
class Loose(Slotted):
    pass
s3 = Slotted3D(1, 2)
s3.z = 3
loose = Loose(4, 5)
loose.anything = 6
print(s3.x + s3.y + s3.z, loose.anything)
try:
    s3.w = 0
except AttributeError as e:
    print("AttributeError:", e)
try:
    Slotted.__new__(Slotted).x
except AttributeError as e:
    print("AttributeError:", e)
