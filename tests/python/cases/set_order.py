# Sets of small ints print in CPython's hash-table order.
print({7, 8}, {0, 1, 4, 9}, {3, 1, 2}, set(range(10, 0, -1)), {-1, -2, 5})
a = {1, 2, 3}
b = {5, 6, 7}
print(a | b, b | a, a & {2, 3, 9}, a - {1}, a ^ {3, 4}, {x * x for x in range(10)})
s = set(range(20))
s.discard(5)
print(s.pop(), s.pop(), len(s), s)
s.symmetric_difference_update({100, 2})
print(s)
s -= {1, 3, 100}
s |= {-5, 64}
s &= set(range(-10, 70, 2))
print(s, sorted(s) == sorted(list(s)))
print(frozenset({1, 2, 3}), hash(frozenset({1, 2, 3})), hash(frozenset()), frozenset() == set())
print({1} in {frozenset({1})}, {1, 2} < {1, 2, 3}, {1, 2}.isdisjoint([3]), set("aab") == {"a", "b"})
big = set()
for i in range(0, 200, 7):
    big.add(i * 31 % 101)
print(big)
try:
    for x in s:
        s.add(x + 1000)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
print(type(iter(set())).__name__, type(iter([])).__name__, type(iter("é")).__name__)
