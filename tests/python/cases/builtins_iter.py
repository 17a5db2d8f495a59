# builtins over iterables: zip, enumerate, map, filter, any, all, sum, min/max, iter, next
names = ["ann", "bob", "cy"]
ages = [31, 25, 40, 99]
print(list(zip(names, ages)), list(zip()), list(zip("ab", "cd", "ef")), dict(zip(names, ages)))
try:
    list(zip(names, ages, strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(enumerate(names)), list(enumerate(names, start=10)), list(enumerate("")))
print(list(map(len, names)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str.upper, "ab")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda n: n % 2, range(10))))
print(any([]), all([]), any([0, 0, 1]), all([1, 2, 0]), any(x > 3 for x in range(5)), all(c.isalpha() for c in "abc"))
print(sum([]), sum([1, 2, 3], 10), sum([[1], [2, 3]], []), sum([0.5, 0.25]), sum(range(101)))
print(min(3, 1, 2), max("apple", "fig", key=len), min([], default="empty"), max([], key=len, default=None))
print(min([(2, "b"), (1, "z"), (1, "a")]), max({"a": 3, "b": 7}.items(), key=lambda kv: kv[1]))
print(max([1, 5, 5, 2], key=lambda x: x), max(["aa", "bb", "c"], key=len), min(["aa", "bb", "c"], key=len))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
stream = iter(["line1", "line2", "STOP", "line3"])
print(list(iter(lambda: next(stream), "STOP")))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(1, 10, 3))), list(reversed((1, 2))))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), sum(Countdown(10)), max(Countdown(3)), sorted(Countdown(3)))
class Backwards:
    def __init__(self, data):
        self.data = data
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
print(list(reversed(Backwards("xyz"))), list(Backwards([7, 8])), 8 in Backwards([7, 8]))
print(isinstance(3, (str, int)), isinstance("s", (list, (dict, str))), issubclass(bool, (str, int)))
print(callable(len), callable(3), callable(Countdown), type(len).__name__)
print(abs(-3), divmod(17, 5), pow(2, 8), round(3.14159, 2), chr(65), ord("a"), hex(255), bin(10), oct(64))
print(len("héllo"), len([1, 2]), len({}), len(range(0, 100, 7)), bool([]), bool([0]))
print(list(range(0)), list(range(5, 0, -2)), range(3) == range(0, 3), 5 in range(0, 10, 5), range(10).index(4))
e = enumerate(["a", "b"])
print(next(e), next(e), next(e, "end"))
z = zip(range(3), "abc")
print(next(z), list(z))
m = map(int, ["1", "2", "x"])
print(next(m), next(m))
try:
    next(m)
except ValueError as err:
    print("ValueError:", err)
try:
    next(iter([]))
except StopIteration:
    print("StopIteration raised")
try:
    min([])
except ValueError as err:
    print("ValueError:", err)
try:
    max(1)
except TypeError as err:
    print("TypeError:", err)
try:
    iter(5)
except TypeError as err:
    print("TypeError:", err)
try:
    next([1])
except TypeError as err:
    print("TypeError:", err)
try:
    sum(["a", "b"], "")
except TypeError as err:
    print("TypeError:", err)
print(sum(x * y for x, y in zip([1, 2, 3], [4, 5, 6])), list(map(pow, [2, 3], [3, 2])))
for args in [([1], [1, 2]), ([1, 2], [1]), ([1], [1], [1, 2]), ([1, 2], [1, 2], [1]), ([], [], [])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as err:
        print("ValueError:", err)
