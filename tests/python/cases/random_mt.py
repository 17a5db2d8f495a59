import random
random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 50, 5), random.getrandbits(40))
print(random.choice("xyz"), random.sample(range(30), 4), random.uniform(-1, 1))
r = random.Random(99)
xs = list(range(8))
r.shuffle(xs)
print(xs, r.choices("ab", weights=[1, 3], k=5), r.getrandbits(100))
random.seed(-7)
print(random.random(), random.randint(10 ** 20, 10 ** 20 + 5))
random.seed(2 ** 80 + 3)
print(random.random(), random.gauss(0, 1))
try:
    random.randrange(0)
except ValueError as e:
    print("ValueError:", e)
