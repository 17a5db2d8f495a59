# Closures and higher-order functions: counters and accumulators over cells, function
# composition, map/filter with lambdas, and a decorator that wraps calls.


def make_counter():
    count = 0

    def step(by):
        nonlocal count
        count += by
        return count
    return step


def compose(f, g):
    return lambda x: f(g(x))


def adder(n):
    def add(x):
        return x + n
    return add


def memo_calls(func):
    calls = [0]

    def wrapper(*args):
        calls[0] += 1
        return func(*args)
    wrapper.calls = calls
    return wrapper


@memo_calls
def weight(x, y):
    return (x * 31 + y) % 1009


def main(n):
    counter = make_counter()
    inc_then_double = compose(lambda x: x * 2, adder(3))
    total = 0
    for i in range(n):
        total += counter(i % 7)
        total += inc_then_double(i) % 13
        total += weight(i, total % 17)
    squares = list(map(lambda x: x * x, range(n // 4)))
    odd = list(filter(lambda x: x % 2, squares))
    reduced = 0
    fold = make_counter()
    for x in odd:
        reduced = fold(x % 101)
    return total, len(odd), reduced, weight.calls[0]


print(main(1200000))
