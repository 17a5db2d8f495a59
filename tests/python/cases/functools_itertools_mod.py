from functools import reduce, partial, lru_cache, wraps, cmp_to_key, total_ordering
import itertools
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(max, [], 7))
try:
    reduce(max, [])
except TypeError as e:
    print("TypeError:", e)
add3 = partial(lambda a, b, c: a + b + c, 1, c=3)
print(add3(2), add3(b=5))
@lru_cache(maxsize=2)
def sq(n):
    return n * n
print([sq(i % 3) for i in range(6)], sq.cache_info())
def deco(f):
    @wraps(f)
    def wrapper(*args):
        return f(*args)
    return wrapper
@deco
def hello():
    "says hi"
    return "hi"
print(hello(), hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@total_ordering
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1))
print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.accumulate([1, 2, 3], initial=10)))
print(list(itertools.pairwise("abcd")), list(itertools.zip_longest([1, 2], "x", fillvalue=0)))
print([(k, list(g)) for k, g in itertools.groupby([1, 1, 2, 3, 3, 3])], list(itertools.filterfalse(None, [0, 1, 0, 2])))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b), list(itertools.permutations("abc")), list(itertools.combinations(range(4), 3)))
