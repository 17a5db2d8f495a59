"""Documented examples of the small core modules: functools, itertools, collections (and
collections.abc), heapq, bisect, random, operator, contextlib, types, warnings (filters), numbers,
keyword, locale."""
import bisect
import collections
import collections.abc
import contextlib
import functools
import heapq
import io
import itertools
import keyword
import locale
import numbers
import operator
import random
import sys
import types
import warnings


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print([fib(n) for n in range(16)], fib.cache_info())
print(functools.reduce(operator.add, [1, 2, 3, 4, 5]), functools.partial(int, base=2)("10010"))
print(list(itertools.accumulate([1, 2, 3, 4, 5])), list(itertools.pairwise("ABCD")))
print(list(itertools.combinations("ABCD", 2)), list(itertools.islice(itertools.count(10), 3)))
print([(k, list(g)) for k, g in itertools.groupby("AAAABBBCCD")])
Point = collections.namedtuple("Point", ["x", "y"])
print(Point(11, y=22), Point(1, 2)._asdict(), collections.Counter("abracadabra").most_common(3))
d = collections.OrderedDict.fromkeys("abcde")
d.move_to_end("b")
print("".join(d), collections.deque("ghi", maxlen=3), collections.ChainMap({"a": 1}, {"b": 2})["b"])
print(isinstance([], collections.abc.Sequence), isinstance({}, collections.abc.Mapping),
      issubclass(dict, collections.abc.MutableMapping))
h = []
for value in [1, 3, 5, 7, 9, 2, 4, 6, 8, 0]:
    heapq.heappush(h, value)
print([heapq.heappop(h) for _ in range(len(h))], heapq.nlargest(3, [1, 8, 2, 23, 7, -4]))
print(bisect.bisect([60, 70, 80, 90], 75), bisect.insort(a := [1, 3], 2) or a)
random.seed(12345)
print(random.random(), random.randint(1, 10), random.choice("abc"), random.sample(range(10), 3))
print(operator.itemgetter(1)("ABCDEFG"), operator.attrgetter("real")(3), operator.methodcaller("upper")("x"))


@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    yield
    print("</%s>" % name)


with tag("h1"):
    print("foo")
with contextlib.suppress(FileNotFoundError):
    open("/no/such/file")
out = io.StringIO()
with contextlib.redirect_stdout(out):
    print("captured")
print(repr(out.getvalue()))
ns = types.SimpleNamespace(a=1, b="x")
print(ns, type(lambda: 0) is types.FunctionType, types.MappingProxyType({"k": 1})["k"])
warnings.filterwarnings("ignore", category=DeprecationWarning)
print(warnings.filters[0][:3:2], issubclass(DeprecationWarning, Warning))
print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Rational), isinstance(1j, numbers.Complex))
print(keyword.iskeyword("lambda"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist))
print(locale.getlocale(locale.LC_NUMERIC) in [(None, None), ("C", None)] or locale.getlocale(), locale.localeconv()["decimal_point"])
