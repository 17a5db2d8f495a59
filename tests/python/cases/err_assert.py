# assert statements: caught with messages, then an uncaught failing assert
def mean(values):
    assert values, "mean of empty sequence"
    return sum(values) / len(values)

print(mean([1, 2, 3]))
try:
    mean([])
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
def check_sorted(xs):
    for a, b in zip(xs, xs[1:]):
        assert a <= b, "not sorted at %r > %r" % (a, b)
    return True
print(check_sorted([1, 2, 2, 5]))
check_sorted([1, 3, 2])
