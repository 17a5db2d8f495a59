# tuples and unpacking: starred, nested, swaps, function args
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
*init, last = "hello"
head, *middle, tail = range(6)
print(first, rest, init, last, head, middle, tail)
x, *y = [1]
print(x, y)
(p, q), r = (1, 2), 3
[s, (t, u)], v = [4, (5, 6)], 7
print(p, q, r, s, t, u, v)
for i, (name, score) in enumerate([("ann", 90), ("bob", 85)]):
    print(i, name, score)
for k, *vals in [("a", 1, 2), ("b",), ("c", 3)]:
    print(k, vals)
print(*[1, 2, 3], sep="-")
print([*range(3), *"ab", *(4, 5)], (*[1], 2), {*"aa", *"b"} == {"a", "b"})
print({**{"a": 1}, "b": 2})
def f(a, b, c=0, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)
print(f(1, 2, d=4))
print(f(*[1, 2, 3, 4, 5], d=6, z=7))
print(f(1, *(2,), **{"d": 8, "e": 9, "extra": 10}))
t = (1, 2, 3)
print(t + (4,), t * 2, t[1:], t.index(2), t.count(3), (1,) == (1,), () == tuple())
print(len((1, (2, 3), [4])), (1, 2) < (1, 2, 0), (2,) > (1, 99), max([(1, "b"), (1, "a")]))
single = 5,
print(single, type(single).__name__, tuple("abc"), tuple(range(3)), repr(()), repr((None,)))
nested = ((1, 2), (3, 4))
print([a + b for a, b in nested], dict(nested), list(zip(*nested)))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(map(list, zip(*matrix))))
coords = [(3, 1), (1, 2), (2, 0)]
print(sorted(coords), sorted(coords, key=lambda c: c[1]))
errors = [
    "a, b = [1, 2, 3]",
    "a, b, c = [1, 2]",
    "a, b = 5",
    "a, *b, c = [1]",
    "(1, 2)[5]",
    "x = (1, 2); x[0] = 9",
]
for src in errors:
    try:
        exec(src)
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3, d=1, a=2)
except TypeError as e:
    print("TypeError:", e)
point = (3, 4)
match_like = "origin" if point == (0, 0) else "x-axis" if point[1] == 0 else "elsewhere"
print(match_like, hash((1, 2)) == hash((1, 2)), (1, [2])[1].append(3) is None)
a = b = c = [0]
a.append(1)
print(a, b, c, a is c)
i = 0
data = [10, 20, 30]
i, data[i] = 1, 99
print(i, data)
