# str.format edge cases
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Al", age=3))
print("{0[0]} {0[1]} {1[key]}".format(["x", "y"], {"key": "v"}))
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __format__(self, spec):
        if spec == "polar":
            return "polar(%d,%d)" % (self.x, self.y)
        return "P(%s, %s)" % (format(self.x, spec), format(self.y, spec))
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
    def __str__(self):
        return "(%s, %s)" % (self.x, self.y)
p = Point(3, 4)
print("{0.x} {0.y} {0!r} {0!s} {0}".format(p))
print("{:polar} {:05d}".format(p, p))
print("{:>{w}.{p}f}|".format(3.14159, w=10, p=3))
print("{:{fill}{align}{width}}".format("mid", fill="-", align="^", width=9))
print("{{}} {{{}}}".format("in"))
print("{!r:>6}|{!s:<6}|".format("a", "b"))
print("{0:b} {0:o} {0:x} {0:#X} {0:,d} {0:e}".format(123456))
print("{:c}".format(9731))
print("{:n}".format(1234))
print("{:=^20}".format(" title "))
print("{:.2%}".format(0.12345))
print(format(3.5), format(-3), format("s", ">3"), format(None), format(True, "^6"))
print("{:}".format(2.0), "{:.3}".format(2.0), "{:.3}".format("abcdef"))
print("{:g}".format(1e-7), "{:G}".format(1e30), "{:.10g}".format(1 / 7))
print("{}".format(10 ** 25), "{:,}".format(10 ** 25))
data = {"alpha": 1, "beta": 22, "gamma": 333}
for k in data:
    print("{key:.<10}{val:.>6}".format(key=k, val=data[k]))
print("{a}{b}".format_map({"a": 1, "b": 2}))
class Defaulting(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{known} {unknown}".format_map(Defaulting(known="yes")))
cases = [
    ("{0} {}", (1, 2)),
    ("{}", ()),
    ("{x}", ()),
    ("{0:d}", ("str",)),
    ("{", ()),
    ("}", ()),
    ("{0!z}", (1,)),
    ("{:,s}", ("a",)),
    ("{0[5]}", ([1],)),
]
for fmt, args in cases:
    try:
        print(fmt.format(*args))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
for spec in [",s", "_", "=5", "+", "#", " ^5", "d"]:
    try:
        print(repr(format("ab", spec)))
    except ValueError as e:
        print("ValueError", e)
print("{0:{1}}|{0:>{2}}|".format("pad", 6, 5), "{:{}{}}".format(7, "0", 3))
