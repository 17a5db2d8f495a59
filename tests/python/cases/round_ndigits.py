# round(x, n) for ints (negative n, half-even) and floats, and their types
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for v in [0, 5, 15, 25, 149, 150, 250, 251, -150, -250, -251, 12345, -12345, 999, 2**64 + 50,
          -(10**30) - 5 * 10**9, 10**30 + 5 * 10**9]:
    print(v, [round(v, n) for n in [-1, -2, -3, 0, 2]], type(round(v, -1)).__name__)
print(round(12345, -10), round(-5, -1), round(5, -1), round(15, -1), round(True, -1), round(True))
print(round(7), round(7, None), type(round(7, None)).__name__, round(2**70, -20))

for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1234.5678, -1234.5678, 1e20, 5e-324]:
    print(repr(v), round(v), round(v, 0), round(v, 1), round(v, 2), round(v, -1), round(v, -2),
          round(v, 400), round(v, -400))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(-0.0, 1), round(-0.4), round(0.0, -3), round(1e300, -300), round(-1e300, -301))
show("round inf", lambda: round(float("inf")))
show("round nan", lambda: round(float("nan")))
print(round(float("inf"), 2), round(float("nan"), 2), round(float("-inf"), -2))
show("round str digits", lambda: round(1.5, "1"))
show("round float digits", lambda: round(15, 1.0))
show("round str", lambda: round("1.5"))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __round__(self, n=None):
        return Money(round(self.cents, (n or 0) - 2))

    def __repr__(self):
        return "Money(%d)" % self.cents


print(round(Money(12345)), round(Money(12355), 1))
# bucket scores to the nearest hundred and count them
scores = [1049, 1050, 1150, 1151, 949, 2250, 2350, 75, 49, 50]
buckets = {}
for s in scores:
    key = round(s, -2)
    buckets[key] = buckets.get(key, 0) + 1
print(sorted(buckets.items()))
