# seed() with str, bytes and bytearray hashes the bytes with SHA-512, as CPython's version 2
import random
random.seed("hello")
print(random.random(), random.randrange(10 ** 6), random.getrandbits(70))
random.seed(b"hello")
print(random.random())
random.seed(bytearray(b"\x00\xff" * 100))
print(random.choice("abcdefgh"), random.random())
r = random.Random("\u00e9t\u00e9")
items = list(range(10))
r.shuffle(items)
print(items, r.random())
random.seed("")
print(random.random())
