# generators: send, throw, close, yield from, return values, finally
def counter(start):
    n = start
    while True:
        received = yield n
        if received is None:
            n += 1
        else:
            n = received

g = counter(10)
print(next(g), next(g), g.send(100), next(g), g.send(-5), next(g))

def accumulate():
    total = 0
    try:
        while True:
            value = yield total
            total += value
    except GeneratorExit:
        print("closing with total", total)
        raise
    finally:
        print("finally in accumulate")

acc = accumulate()
next(acc)
for v in [1, 2, 3, 4]:
    print("running", acc.send(v))
acc.close()
acc.close()
print("closed twice fine")

def guarded():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
            yield "recovered"

gg = guarded()
print(next(gg))
print(gg.throw(ValueError("bad")))
print(next(gg))
try:
    gg.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
try:
    next(gg)
except StopIteration:
    print("exhausted after throw")

def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return x + y

def outer():
    result = yield from inner()
    print("inner returned", result)
    yield result * 10

o = outer()
print(next(o), o.send(3), o.send(4))
try:
    next(o)
except StopIteration as e:
    print("stop value", e.value)

def returns_value():
    yield 1
    return "done"

r = returns_value()
next(r)
try:
    next(r)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)

def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8])))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain("ab", range(3), (x * x for x in [4, 5]))))
fresh = counter(0)
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
def closer():
    try:
        yield 1
    finally:
        yield 2
c = closer()
next(c)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def gen_raises():
    yield 1
    raise StopIteration("inside")
try:
    list(gen_raises())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
lazy = (x * 2 for x in range(5) if x % 2 == 0)
print(next(lazy), list(lazy), list(lazy))
print(sum(x for x in range(100) if x % 7 == 0), max((len(w), w) for w in "the quick brown fox".split()))
