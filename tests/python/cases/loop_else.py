# while/else, for/else, break/continue in nested loops
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")

find([3, 5, 7], 5)
find([3, 5, 7], 4)
find([], 1)

def primes_below(n):
    result = []
    for candidate in range(2, n):
        for d in range(2, int(candidate ** 0.5) + 1):
            if candidate % d == 0:
                break
        else:
            result.append(candidate)
    return result
print(primes_below(60))

n = 0
while n < 5:
    n += 1
    if n == 10:
        break
else:
    print("while completed, n =", n)

n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 8:
        break
    print("even", n)
print("after loop", n)

attempts = iter(["wrong", "bad", "secret", "late"])
while (guess := next(attempts, None)) is not None:
    if guess == "secret":
        print("unlocked")
        break
    print("rejected", guess)
else:
    print("locked out")

for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if i + j == 3:
            break
        print("pair", i, j)
    else:
        print("inner completed for", i)

count = 0
for x in range(10):
    if x % 3 == 0:
        continue
    count += x
print("sum not multiple of 3:", count)
for x in []:
    print("never")
else:
    print("empty loop else runs")
results = []
for a in range(1, 20):
    for b in range(a, 20):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and c < 20:
            results.append((a, b, c))
print(results)
total = 0
i = 10
while i:
    i -= 1
    if i == 2:
        continue
    total += i
else:
    print("while else total", total)
def first_negative(rows):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v < 0:
                return (r, c)
    return None
print(first_negative([[1, 2], [3, -4], [-5, 6]]), first_negative([[1]]))
for ch in "abc":
    pass
print("loop var survives:", ch)
[leak for leak in range(3)]
try:
    leak
except NameError as e:
    print("NameError:", e)
