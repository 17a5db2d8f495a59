# closures, nonlocal, global, late binding, default-argument gotchas
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
inc(); inc(5)
print(get(), inc(), get())
inc2, get2 = make_counter()
print(get2(), get())

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))

def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_safe(1), append_safe(2))

total = 0
def add_global(n):
    global total
    total += n
add_global(5); add_global(7)
print(total)

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    result = middle()
    return result, x
print(outer())

def shadow():
    x = 1
    def f():
        x = 2
        return x
    return f(), x
print(shadow())

try:
    def broken():
        print(y_undefined_local)
        y_undefined_local = 1
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
pipeline = compose(lambda x: x + 1, lambda x: x * 2, abs)
print(pipeline(-5))

def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
print(fib.__name__, make_counter.__name__, inc.__name__, inc.__qualname__)

def cell_contents():
    a = 10
    def reader():
        return a
    a = 20
    return reader
print(cell_contents()())

class Namespace:
    value = "class attr"
    def method(self):
        return value
value = "global value"
print(Namespace().method())

x = "global x"
def reads_global():
    return x
def local_comprehension():
    x = "local"
    return [x for _ in range(2)]
print(reads_global(), local_comprehension())
adders = {}
for n in (1, 2, 3):
    def adder(v, n=n):
        return v + n
    adders[n] = adder
print([adders[k](10) for k in sorted(adders)])
