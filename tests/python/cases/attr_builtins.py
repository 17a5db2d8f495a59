# getattr/setattr/hasattr/delattr, vars, dir-like introspection, type(), id-free checks
class Config:
    debug = False
    def __init__(self):
        self.name = "app"
        self.port = 8080

c = Config()
print(getattr(c, "name"), getattr(c, "debug"), getattr(c, "missing", "fallback"))
setattr(c, "port", 9090)
setattr(c, "new_attr", [1, 2])
print(c.port, c.new_attr, hasattr(c, "new_attr"), hasattr(c, "nope"))
delattr(c, "new_attr")
print(hasattr(c, "new_attr"), vars(c))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
for field in ["name", "port", "debug"]:
    print(field, "=", getattr(c, field))
settings = {"name": "svc", "port": 1, "debug": True}
for key, value in settings.items():
    setattr(c, key, value)
print(sorted(vars(c).items()), Config.debug, c.debug)
print(type(c) is Config, type(c).__name__, Config.__name__, type(Config).__name__, type(type).__name__)
print(type(1), type("s"), type([]), type(None), type(len), type(c))
Point = type("Point", (), {"x": 0, "describe": lambda self: "Point at %d" % self.x})
pt = Point()
pt.x = 5
print(pt.describe(), Point.__name__, isinstance(pt, Point))
Sub = type("Sub", (Config,), {})
print(Sub().name, issubclass(Sub, Config), Sub.__mro__[1].__name__, Sub.__bases__)
print(getattr("abc", "upper")(), getattr([], "append").__name__, hasattr(str, "join"))
dispatch = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
class Calc:
    def op_add(self, a, b):
        return a + b
    def op_sub(self, a, b):
        return a - b
    def run(self, name, *args):
        method = getattr(self, "op_" + name, None)
        if method is None:
            return "unknown op " + name
        return method(*args)
calc = Calc()
print(calc.run("add", 2, 3), calc.run("sub", 2, 3), calc.run("div", 1, 1), dispatch["mul"](6, 7))
print(Calc.run.__name__, Calc.op_add.__qualname__, calc.run.__self__ is calc, calc.run.__func__ is Calc.run)
class Meta:
    """A documented class."""
    def method(self):
        """Method doc."""
print(Meta.__doc__, Meta.method.__doc__, Config.__doc__, Meta.__module__)
print(sorted(k for k in vars(Meta) if not k.startswith("__")), "method" in dir(Meta))
print(isinstance(Config, type), isinstance(c, object), issubclass(Config, object), object.__name__)
def func(a, b=2):
    "function doc"
    return a + b
print(func.__name__, func.__doc__, func.__defaults__, func.__code__.co_argcount, func.__code__.co_name)
func.attribute = "custom"
print(func.attribute, getattr(func, "attribute"))
print(id(c) == id(c), c is not Config(), hash("x") == hash("x"))
