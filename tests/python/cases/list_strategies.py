# Lists whose storage switches kind (ints, floats, objects) must behave exactly like lists.

def show(label, lst):
    print(label, lst, len(lst), [type(x).__name__ for x in lst])

# ints stay ints, other kinds mix in
a = [0] * 5
show("zeros", a)
a[2] = 7
a.append(8)
show("ints", a)
a.append(2.5)
show("int+float", a)
a.append(True)
a.append(None)
a.append(10 ** 20)
a.append("s")
show("mixed", a)

b = list(range(6))
show("range", b)
b[0] = False
show("bool in int list", b)
print(b[0] is False, b[0] == 0, type(b[0]))

c = []
c.append(10 ** 30)
c.append(1)
show("bigint first", c)
print(c[0] + 1, c[1] + 1)

d = [True, False]
d.append(3)
show("bools", d)
print(sum(d), d.count(True), d.count(1), d.index(1), d.index(0))

f = [1.5, 2.5]
f.append(3.5)
show("floats", f)
f.insert(0, 1)
show("float+int", f)
f2 = [0.0, -0.0, float("inf")]
show("float specials", f2)
print(f2.index(-0.0), f2.count(0.0), -0.0 in f2, f2[1] == 0)
print(str(f2[1]), repr(-f2[2]))

# equality across kinds: 1 == 1.0 == True
e = [1, 2, 3]
print(1.0 in e, True in e, e.index(1.0), e.index(True), e.count(1.0), e.count(True))
print(2.0 in e, 2.5 in e, e == [1.0, 2.0, 3.0], e == [True, 2, 3], e < [1, 2, 4])
g = [1.0, 2.0]
print(1 in g, True in g, g.index(True), g.count(1), g == [1, 2])
e.remove(2.0)
show("removed 2.0", e)
g.remove(True)
show("removed True", g)
try:
    e.remove(9)
except ValueError as exc:
    print("ValueError", exc)
try:
    g.index(7)
except ValueError as exc:
    print("ValueError", exc)

# aliasing and identity
x = [1, 2]
y = x
y.append(3.0)
show("alias", x)
print(x is y)
obj = object()
z = [obj, 1]
print(z[0] is obj, z.pop(0) is obj)
s = "text"
w = [1, 2]
w[1] = s
print(w[1] is s)
big = 10 ** 25
v = [big]
print(v[0] is big)
n = 1000
u = [n]
print(u[0] is n, u[0] == n)
fl = 2.75
t = [fl, 1.0]
print(t[0] is fl)

# in-place ops
p = [1, 2]
q = p
p += [3]
p += (4.5,)
p *= 2
show("inplace", q)
r = [1]
r *= 0
show("times zero", r)
r += []
r.extend(range(3))
r.extend([4, 5])
r.extend([6.0])
r.extend("ab")
show("extends", r)
k = [1, 2]
k.extend(k)
show("self extend", k)
k2 = [1.5]
k2 += k2
show("self iadd", k2)

# slicing
m = list(range(10))
show("slice", m[2:5])
show("step", m[::3])
show("neg step", m[::-2])
show("empty slice", m[5:2])
m[2:4] = [20.5, 30.5, 40.5]
show("assigned", m)
m[::2] = ["a"] * 6
show("ext assign", m)
m[1:3] = []
show("slice delete by assign", m)
del m[::3]
show("del step", m)
del m[1:2]
show("del slice", m)
del m[0]
show("del item", m)
m[:] = [1, 2, 3]
show("replace all", m)
m[len(m):] = m
show("append self", m)
try:
    m[::2] = [1]
except ValueError as exc:
    print("ValueError", exc)

# sort and reverse
s1 = [3, 1, 2]
s1.sort()
show("sorted ints", s1)
s2 = [3, 1.5, True, -2, 2.0]
s2.sort()
show("sorted mixed", s2)
s2.sort(reverse=True)
show("sorted rev", s2)
s3 = [10 ** 20, 5, -3]
s3.sort(key=lambda v: -v)
show("sorted key", s3)
s3.reverse()
show("reversed", s3)
print(sorted([2.5, 1, 0.5]), list(reversed([1, 2, 3])))

# insert, pop, index with bounds
i1 = [1, 2, 3]
i1.insert(0, 0)
i1.insert(100, 4)
i1.insert(-1, 3.5)
show("inserted", i1)
print(i1.pop(), i1.pop(0), i1.pop(-2))
show("popped", i1)
print(i1.index(3.5), [5, 6, 7, 6].index(6, 2), [5, 6, 7, 6].index(6, -3, -1))
try:
    [].pop()
except IndexError as exc:
    print("IndexError", exc)
try:
    i1[10] = 1
except IndexError as exc:
    print("IndexError", exc)
print(i1[-1], i1[-len(i1)])

# iteration, comprehension, unpacking, copies
total = 0
for item in list(range(100)):
    total += item
print(total)
sq = [i * i for i in range(6)]
show("comp", sq)
sq2 = [i / 2 for i in range(4)]
show("comp floats", sq2)
first, *rest = sq
print(first, rest)
cp = sq.copy()
cp.append(None)
print(len(sq), len(cp), sq == cp[:-1])
print(tuple(sq2), [*sq, *sq2], sq + sq2, sq2 + sq, [] + sq)
h = [1, 2]
h.clear()
h.append(1.0)
show("cleared", h)
it = iter([1, 2])
lst2 = [1, 2]
it2 = iter(lst2)
next(it2)
lst2.append(3.5)
print(list(it2), list(it))
print([[0] * 2] * 2, [None] * 3, [1.5] * 2, 3 * [1])
print(list([1, 2]) is not list([1, 2]), bool([]), bool([0]), max([1, 2.5, 2]), min([3, 1.0]))

# NaN is found only by identity, so a list must hand back the very NaN object it was given
nan = float("nan")
nl = [1.5, nan]
print(nan in nl, nl.count(nan), nl.index(nan), nl == nl, [nan] == [nan], [nan] == [float("nan")])
fl = [0.5]
fl.append(nan)
fl.append(2.5)
print(fl[1] is nan, nan in fl, fl.index(2.5), float("nan") in fl)
fl.remove(nan)
print(fl, nan is nan, float("nan") is float("nan"))
inf = float("inf")
il = [inf, -inf]
print(il[0] is inf, inf in il, il.index(-inf))
