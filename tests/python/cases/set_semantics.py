# sets and frozensets (output sorted where CPython's order is not guaranteed)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference([1], [2])))
print(a <= {1, 2, 3, 4, 5}, a < a, a <= a, {1} < a, a >= {1, 2}, a.isdisjoint({7}), a.issuperset([1]))
s = set()
for ch in "mississippi":
    s.add(ch)
print(sorted(s), len(s), "s" in s, "z" not in s)
s.discard("z")
s.remove("m")
try:
    s.remove("m")
except KeyError as e:
    print("KeyError:", e)
print(sorted(s))
c = {1, 2, 3}
c |= {4}
c &= {2, 3, 4}
c -= {3}
c ^= {9, 2}
print(sorted(c))
fs = frozenset([3, 1, 2])
print(sorted(fs), fs == {1, 2, 3}, hash(fs) == hash(frozenset({1, 2, 3})), type(fs | {4}).__name__, type({4} | fs).__name__)
print({frozenset({1}): "ok"}[frozenset([1])])
print(sorted({x % 5 for x in range(20)}), {1, 1.0, True}, len({0, False, 0.0}))
print(set("aab") == {"a", "b"}, sorted(set([3, 1, 3, 2])), set(), frozenset())
print(repr({5}), repr(frozenset({5})), str({"only"}))
u = {1, 2, 3}
u.update([4], (5,))
u.intersection_update({1, 2, 3, 4, 5, 6})
u.difference_update({1})
u.symmetric_difference_update({2, 10})
print(sorted(u), u.pop() in {3, 4, 5, 10}, len(u))
v = u.copy()
v.clear()
print(len(u) > 0, v)
words = "the quick brown the lazy dog quick".split()
seen = set()
unique_in_order = []
for w in words:
    if w not in seen:
        seen.add(w)
        unique_in_order.append(w)
print(unique_in_order)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    frozenset([1]).add(2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
primes = set(range(2, 50))
for n in range(2, 8):
    primes -= set(range(n * n, 50, n))
print(sorted(primes))
print(min({4, 2, 8}), max(frozenset([4, 2, 8])), sum({1, 2, 3}), sorted({"b", "a"}, reverse=True))
