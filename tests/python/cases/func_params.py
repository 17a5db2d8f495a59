def pos_only(a, b, /, c=3):
    return a, b, c
print(pos_only(1, 2), pos_only(1, 2, c=4))
try:
    pos_only(a=1, b=2)
except TypeError as e:
    print("TypeError:", e)
def with_kwargs(a, /, **kw):
    return a, kw
print(with_kwargs(1, a=2))
def kwonly(*, x, y=2):
    return x, y
print(kwonly(x=1), kwonly.__kwdefaults__)
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly()
except TypeError as e:
    print("TypeError:", e)
def mixed(a, b=1, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(mixed(0, c=2), mixed(0, 9, 8, 7, c=2, e=5))
def two(a, b):
    return a + b
for call in [lambda: two(1), lambda: two(1, 2, 3), lambda: two(1, b=2, a=3), lambda: two(1, z=2),
             lambda: two(*5), lambda: two(**[1]), lambda: two(1, **{"b": 2, "a": 3})]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def opt(a, b=2, *, k):
    pass
try:
    opt(1, 2, 3, k=1)
except TypeError as e:
    print("TypeError:", e)
class K:
    def m(self, x):
        return x
try:
    K().m()
except TypeError as e:
    print("TypeError:", e)
