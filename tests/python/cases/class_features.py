class Record:
    __slots__ = ()
    def __init__(self):
        self.__dict_ = {}
class Base:
    __secret = 1
    def reveal(self):
        return self.__secret
class Child(Base):
    __secret = 2
    def mine(self):
        return self.__secret
c = Child()
print(c.reveal(), c.mine(), sorted(k for k in vars(Child) if "secret" in k))
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "the temperature"
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
t = Temp()
t.celsius = 5
del t.celsius
print(t.celsius, Temp.celsius.__doc__, type(Temp.celsius).__name__)
class RO:
    @property
    def x(self):
        return 1
try:
    RO().x = 2
except AttributeError as e:
    print("AttributeError:", e)
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
class Lazy:
    def __getattr__(self, name):
        return "lazy " + name
    @property
    def broken(self):
        raise AttributeError("inner")
print(Lazy().anything, Lazy().broken)
class Desc:
    def __get__(self, obj, owner=None):
        return "got"
    def __set__(self, obj, value):
        print("set", value)
class Host:
    d = Desc()
h = Host()
h.d = 3
print(h.d, Host.d)
class A:
    pass
class B(A):
    pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__, type(tb).__name__, tb.tb_lineno > 0)
        return True
with Ctx():
    raise KeyError("k")
print("done")
