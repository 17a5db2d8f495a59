# sorting: key functions, reverse, stability, multi-key, sort vs sorted
people = [("alice", 30, "NY"), ("bob", 25, "LA"), ("carol", 30, "LA"), ("dave", 25, "NY"), ("eve", 35, "SF")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (p[2], -p[1])))
by_city = sorted(people, key=lambda p: p[2])
by_age_then_city = sorted(by_city, key=lambda p: p[1])
print([p[0] for p in by_age_then_city])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=str.lower, reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True), sorted(nums, key=lambda n: n % 3))
nums.sort(key=lambda n: -n)
print(nums)
nums.sort()
print(nums, nums.sort() is None)
records = [{"n": "x", "v": 3}, {"n": "y", "v": 1}, {"n": "z", "v": 3}, {"n": "w", "v": 2}]
print([r["n"] for r in sorted(records, key=lambda r: r["v"])])
print([r["n"] for r in sorted(records, key=lambda r: r["v"], reverse=True)])
pairs = [(1, "b"), (1, "a"), (0, "z"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted("hello world"), sorted({"b": 1, "a": 2}), sorted({3, 1, 2}), sorted((3.5, 1, 2.25)))
print(sorted([[3, 1], [2], [3, 0], []]), sorted([True, False, 2, -1]))
from functools import cmp_to_key
def compare(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
print(sorted(["ccc", "a", "bb", "aa", "b"], key=cmp_to_key(compare)))
class Item:
    def __init__(self, name, rank):
        self.name = name
        self.rank = rank
    def __lt__(self, other):
        return self.rank < other.rank
    def __repr__(self):
        return self.name
items = [Item("c", 2), Item("a", 1), Item("b", 2), Item("d", 0)]
print(sorted(items), sorted(items, reverse=True), min(items), max(items))
big = [(i * 7919) % 101 for i in range(60)]
print(sorted(big)[:10], sorted(big)[-5:], sorted(big) == sorted(big, reverse=True)[::-1])
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=lambda x: None if x == 1 else 0)
except TypeError as e:
    print("TypeError:", e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
data = ["x10", "x9", "x100", "y1", "x1"]
def natural(s):
    return (s[0], int(s[1:]))
print(sorted(data), sorted(data, key=natural))
print(list(reversed(sorted(range(5)))), sorted(range(5), key=lambda i: -i) == list(range(4, -1, -1)))
