ns = {"x": 3}
exec("y = x * 2\ndef f(n):\n    return n + y\n", ns)
print(ns["y"], ns["f"](1), sorted(k for k in ns if not k.startswith("__")))
print(eval("x + 1", {"x": 41}), eval("[i * i for i in range(4)]"))
z = 10
print(eval("z + 5"))
exec("w = z * 3")
print(w)
try:
    exec("1 +")
except SyntaxError as e:
    print("SyntaxError")
def f():
    a = 1
    b = [2]
    return sorted(locals()), "a" in dir()
print(f(), "z" in dir(), "ns" in globals())
