from collections import Counter, deque, defaultdict, namedtuple, OrderedDict
c = Counter("mississippi")
print(c, c.most_common(2), c["z"], c.total(), sorted(c.elements()))
c.update("sip")
c.subtract({"s": 3})
print(c, Counter(a=2, b=1) + Counter(a=1, c=4), Counter(a=2) - Counter(a=5), +Counter(x=-1))
d = deque([1, 2, 3], maxlen=4)
d.appendleft(0)
d.append(4)
d.rotate(1)
print(d, d.maxlen, d.popleft(), d.pop(), list(reversed(d)), len(d))
try:
    deque().popleft()
except IndexError as e:
    print("IndexError:", e)
g = defaultdict(list)
for w in "apple avocado banana cherry".split():
    g[w[0]].append(w)
print(g, dict(g), g["z"], len(g))
Point = namedtuple("Point", "x y", defaults=[0])
p = Point(1)
print(p, p._replace(x=5), p._asdict(), Point._fields, Point._field_defaults, p.x + p.y)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 3
except AttributeError as e:
    print("AttributeError:", e)
od = OrderedDict([("b", 1), ("a", 2)])
od.move_to_end("b")
print(od, od.popitem(last=False), list(od))
