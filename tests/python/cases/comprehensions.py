# list/set/dict comprehensions and generator expressions: nesting, conditions, scoping
nums = range(1, 11)
print([n * n for n in nums if n % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print({n % 4 for n in nums}, {n: n ** 3 for n in nums if n > 7})
print([x if x % 3 else "fizz" for x in range(1, 10)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([v for row in matrix for v in row if v % 2], [[row[i] for row in matrix] for i in range(3)])
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]], {w[0]: len(w) for w in words}, {len(w) for w in words})
gen = (n * 2 for n in nums)
print(type(gen).__name__, next(gen), next(gen), sum(gen))
print(sum(1 for _ in range(1000) if _ % 7 == 0), list(x for x in "abc"))
x = "outer"
result = [x for x in "inner"]
print(x, result)
print([(lambda v: v * 10)(i) for i in range(3)])
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
pairs = {(a, b) for a in range(4) for b in range(4) if a < b and (a + b) % 2}
print(sorted(pairs))
print([c for c in "Hello World" if c.isupper()], "".join(c for c in "h-e-l-l-o" if c != "-"))
table = {name: {"len": len(name), "upper": name.upper()} for name in ["ab", "cde"]}
print(table)
class Scope:
    base = [1, 2, 3]
    doubled = [v * 2 for v in base]
    try:
        shifted = [v + len(base) for v in base]
    except NameError as e:
        shifted = "NameError: " + str(e)
print(Scope.doubled, Scope.shifted)
print([[0] * 3 for _ in range(2)], [i for i in range(10)][::3])
flat = [item for sub in [[1, [2]], [3], []] for item in sub]
print(flat)
first_big = next((n for n in nums if n > 6), None)
missing = next((n for n in nums if n > 60), "none")
print(first_big, missing)
print(sorted({v for v in {"a": 1, "b": 1, "c": 2}.values()}), dict((k, v) for k, v in zip("xy", (1, 2))))
counter = 0
def side_effect(v):
    global counter
    counter += 1
    return v
lazy = (side_effect(v) for v in range(5))
print(counter, list(lazy)[:2], counter)
print(any(side_effect(v) > 2 for v in range(10)), counter)
print([(i, j) for i in range(3) if i for j in range(i) if j != 1])
nested_gen = ((i, (j for j in range(i))) for i in range(3))
print([(i, list(g)) for i, g in nested_gen])
print({k: [v for v in range(k)] for k in range(4)})
print([y for x in [[1, 2], [3]] for y in x][::-1], [n for n in (yield_ for yield_ in range(3))])
try:
    [1 / v for v in [1, 0]]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
