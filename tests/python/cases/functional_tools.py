# lambdas, higher-order functions, functools and operator
from functools import reduce, partial, wraps
import operator

square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda *a: len(a))(1, 2, 3), (lambda: "const")())
print(list(map(lambda x: x % 3, range(7))), list(filter(lambda s: s.startswith("a"), ["ab", "ba", "ac"])))
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda acc, x: acc * x, range(1, 8), 1), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, ch: acc + ch.upper(), "abc", ">"))
pow2 = partial(pow, 2)
int_base2 = partial(int, base=2)
print(pow2(10), int_base2("1011"), partial(sorted, reverse=True)([3, 1, 2]), pow2.args, int_base2.keywords)
print(operator.mul(6, 7), operator.itemgetter(1)("abc"), operator.itemgetter(0, 2)([5, 6, 7]), operator.neg(4))
print(operator.attrgetter("real")(3), operator.methodcaller("upper")("x"), operator.truediv(1, 4), operator.floordiv(7, 2))
people = [("ann", 31), ("bob", 25), ("cy", 31)]
print(sorted(people, key=operator.itemgetter(1, 0)), max(people, key=operator.itemgetter(1)))
def compose(*fs):
    return reduce(lambda f, g: lambda x: f(g(x)), fs)
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), compose(str, abs, int)("-42"))
def logged(fn):
    @wraps(fn)
    def inner(*args):
        result = fn(*args)
        print("%s%r = %r" % (fn.__name__, args, result))
        return result
    return inner
@logged
def hyp(a, b):
    """Hypotenuse."""
    return (a * a + b * b) ** 0.5
hyp(3, 4)
print(hyp.__name__, hyp.__doc__, hyp.__wrapped__(6, 8))
def curry(f):
    def curried(a):
        return lambda b: f(a, b)
    return curried
print(curry(operator.sub)(10)(3), list(map(curry(operator.mul)(3), [1, 2, 3])))
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(1, 4)]
print([m(10) for m in make_multipliers()])
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
value = "  Hello World  "
for step in pipeline:
    value = step(value)
print(value)
print(sorted(["b", "A", "c"], key=str.lower), list(map(len, ["a", "bb"])), list(zip(*map(str.split, ["a b", "c d"]))))
counter = {"n": 0}
def repeat(times):
    def deco(fn):
        def run(*a):
            return [fn(*a) for _ in range(times)]
        return run
    return deco
@repeat(3)
def bump():
    counter["n"] += 1
    return counter["n"]
print(bump(), counter)
apply_all = lambda fs, x: [f(x) for f in fs]
print(apply_all([abs, str, float, bool], -3))
print((lambda f, n: f(f, n))(lambda self, k: 1 if k <= 1 else k * self(self, k - 1), 10))
print(list(filter(None, map(lambda w: w.strip(), [" a ", "  ", "b"]))), any(map(str.isdigit, "ab3")))
from itertools import accumulate, starmap, takewhile, dropwhile, groupby, chain, islice, count, product
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)), list(starmap(operator.pow, [(2, 3), (3, 2)])))
print(list(takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print([(k, list(g)) for k, g in groupby("aaabccdd")], list(chain.from_iterable(["ab", "cd"])))
print(list(islice(count(10, 5), 4)), list(product("ab", repeat=2)))
