# conditional expressions, chained comparisons, walrus, truthiness, short-circuit values
values = [0, 1, -1, 0.0, "", "0", [], [0], {}, None, (), set(), 2 ** 70]
print([bool(v) for v in values])
print(0 or "default", "x" or "y", "" and "never", 1 and 2, None or 0 or [] or "last", 5 and 0 and 9)
def noisy(v):
    print("eval", v)
    return v
print(noisy(0) and noisy(1))
print(noisy(1) or noisy(2))
print(noisy(1) and noisy(2) and noisy(3))
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 < 2 < 3 < 4 < 2, 3 > x >= 1, "a" < "b" < "c")
print(noisy(1) < noisy(0) < noisy(5))
print("big" if x > 3 else "small", "neg" if x < 0 else "zero" if x == 0 else "pos")
print(x is not None, x is None, None is None, [] is [], not [], not not [1])
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)
print([y for v in data if (y := v * 2) > 8])
print(y)
chunks = iter(["ab", "cd", "", "ef"])
while chunk := next(chunks):
    print("chunk", chunk)
total = 0
print([total := total + v for v in data], total)
def classify(n):
    return ("fizzbuzz" if n % 15 == 0 else "fizz" if n % 3 == 0 else "buzz" if n % 5 == 0 else str(n))
print(" ".join(classify(i) for i in range(1, 16)))
print(max(1, 2) if True else None, [1, 2][True], {True: "yes", False: "no"}[3 > 2])
class Falsy:
    def __bool__(self):
        return False
class Sized:
    def __len__(self):
        return 0
class Plain:
    pass
print(bool(Falsy()), bool(Sized()), bool(Plain()), Falsy() or "fallback", not Sized())
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b, (a := [9]) == [9], a)
print(all(v is None or v > 0 for v in [None, 1, 2]), 0 == False, 1 == True, "" == False)
n = 7
kind = "even" if n % 2 == 0 else "odd"
sign = (n > 0) - (n < 0)
print(kind, sign, (-3 > 0) - (-3 < 0), abs(n) if n else "zero")
if x > 3:
    if x > 4:
        print("x > 4")
    elif x > 3.5:
        print("unreachable")
elif x > 100:
    pass
else:
    print("small")
