class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls
    def describe(cls):
        return "class " + cls.__name__
class Base(metaclass=Registry):
    pass
class Child(Base):
    x = 1
print(Registry.classes, type(Child).__name__, Child.describe(), isinstance(Child, Registry), Child().x)
class Singleton(type):
    _inst = {}
    def __call__(cls, *args):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*args)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self, v):
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v, type(Config) is Singleton)
