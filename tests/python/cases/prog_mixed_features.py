from collections import defaultdict, Counter, namedtuple
from functools import total_ordering
import math
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""
words = [w.strip(",.").lower() for w in text.split()]
freq = Counter(words)
print(freq.most_common(4))
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(f"{k:>2}: {', '.join(by_len[k])}")
Item = namedtuple("Item", "name price qty")
inv = [Item("apple", 0.5, 10), Item("pear", 0.75, 4), Item("fig", 2.0, 0)]
total = sum(i.price * i.qty for i in inv)
print(f"total={total:.2f}", max(inv, key=lambda i: i.price).name, [i.name for i in inv if i.qty])
@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "V(%s)" % ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.2.10", "1.2.9", "1.10", "1.2"]]
print(sorted(vs), max(vs), Version("1.2") <= Version("1.2.0"))
class Account:
    count = 0
    def __init__(self, owner, balance=0):
        Account.count += 1
        self.owner, self.balance = owner, balance
        self.history = []
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError(f"bad amount {amt!r}")
        self.balance += amt
        self.history.append(("dep", amt))
        return self
    def __str__(self):
        return f"{self.owner}: {self.balance:,}"
a = Account("ann").deposit(1500).deposit(250000)
try:
    a.deposit(-5)
except ValueError as e:
    print("error:", e)
print(a, Account.count, a.history)
m = [[i * j for j in range(1, 4)] for i in range(1, 4)]
t = list(zip(*m))
print(m, t, [sum(r) for r in m], math.prod(map(sum, t)))
gen = (x * x for x in range(10) if x % 3)
print(list(gen), {x: x % 3 for x in range(6)}, {x % 4 for x in range(10)})
print("%-8s|%8.3f|%+05d" % ("left", math.pi, 42), "{:^10}".format("mid"), f"{12345.6789:,.1f}")
