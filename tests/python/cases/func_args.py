# keyword-only args, positional-only args, *args/**kwargs, defaults, argument errors
def greet(name, greeting="Hello", *, punctuation="!"):
    return greeting + ", " + name + punctuation
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punctuation="?"), greet(greeting="Yo", name="Di"))

def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))

def collect(*args, **kwargs):
    return args, kwargs
print(collect(), collect(1, 2), collect(a=1), collect(1, b=2, **{"c": 3}))

def show(first, *rest, sep=", ", **opts):
    text = sep.join(str(x) for x in (first,) + rest)
    if opts:
        text += " " + repr(sorted(opts.items()))
    return text
print(show(1), show(1, 2, 3), show(1, 2, sep="|"), show("x", upper=True, z=0))

def wrapper(func):
    def inner(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return inner

@wrapper
def area(width, height=1):
    return width * height
print(area(3), area(3, height=4), area(width=2, height=5))

def defaults_evaluated_once(x, seen=set()):
    seen.add(x)
    return len(seen)
print(defaults_evaluated_once(1), defaults_evaluated_once(2), defaults_evaluated_once(1))

def kw_defaults(*, a=1, b):
    return a + b
print(kw_defaults(b=2), kw_defaults(a=10, b=5))

errors = [
    lambda: greet(),
    lambda: greet("a", "b", "c"),
    lambda: greet("a", punct="?"),
    lambda: greet("a", name="b"),
    lambda: pos_only(1, b=2, c=3, d=4),
    lambda: pos_only(1, 2, 3, 4),
    lambda: kw_defaults(),
    lambda: kw_defaults(1, b=2),
    lambda: collect(**{1: 2}),
    lambda: area(*5),
    lambda: area(**[1]),
    lambda: (lambda x, y: 0)(1),
    lambda: (lambda: 0)(1),
    lambda: len(),
    lambda: len([], []),
    lambda: "abc".split(1, 2, 3),
]
for fn in errors:
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)

def apply(f, *args, **kwargs):
    return f(*args, **kwargs)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True), apply(dict, a=1))
def nested_defaults(a, b=[1, 2], c={"k": (1, 2)}):
    return a, b, c
print(nested_defaults(0), nested_defaults.__defaults__)
def varargs_only(*numbers):
    return sum(numbers) / len(numbers) if numbers else 0
print(varargs_only(), varargs_only(1, 2, 3, 4))
def f(**kw):
    return list(kw)
print(f(z=1, a=2, m=3))
print((lambda *a, **k: (a, k))(1, x=2), (lambda x, /, y=2: x + y)(5))
def recursive_sum(first=None, *others):
    if first is None:
        return 0
    return first + recursive_sum(*others)
print(recursive_sum(1, 2, 3, 4, 5))
