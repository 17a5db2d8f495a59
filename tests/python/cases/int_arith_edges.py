# integer arithmetic: floor division, modulo signs, divmod, pow, bigints, bit ops
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, -1), (6, 3), (-6, 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, 2 ** -1, (-8) ** 2)
print(pow(2, 10, 1000), pow(3, 200, 13), pow(-3, 3, 7), pow(5, -1, 7), pow(38, -1, 97))
big = 2 ** 100
print(big, -big, big // 3, big % 7, big * big, big - 1)
print(divmod(big, 12345), divmod(-big, 12345), divmod(big, -12345))
print((10 ** 30) // (10 ** 15), (10 ** 30) % 999999937, -(10 ** 20) // 3)
print(hex(big), oct(2 ** 70), bin(2 ** 65), hex(-255), bin(-5), oct(-8))
print(int("ff", 16), int("0xff", 16), int("0b101", 0), int("0o17", 0), int("z", 36), int("  42  "))
print(int("-1_000_000"), int("+7"), int("1" * 30), int("-" + "9" * 25))
print(int(3.99), int(-3.99), int(True), int(1e20), int(-2.5e15))
print(abs(-big), abs(-5), -(-5), +big == big, ~5, ~-1, ~big)
print(5 & 3, 5 | 3, 5 ^ 3, 1 << 70, big >> 90, -big >> 3, -1 >> 100, 7 << 0)
print((2 ** 64 - 1) & 0xFFFF, (2 ** 80) | 1, (2 ** 80) ^ (2 ** 80 - 1))
print((123).bit_length(), (0).bit_length(), (-1).bit_length(), big.bit_length())
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(4, "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), (-2).to_bytes(2, "big", signed=True))
print(10 == 10.0, 2 ** 53 + 1 == float(2 ** 53 + 1), big == float(big), 1 < 1.5 < 2)
print(sum(range(1, 101)), sum(i * i for i in range(1, 11)))
fact = 1
for i in range(1, 31):
    fact *= i
print(fact, len(str(fact)), fact % (10 ** 9 + 7))
print(max(3, big, -big), min(big, 2 ** 99), sorted([big, 1, -big, 0]))
print(hash(5) == hash(5.0), 17 // 1, isinstance(big, int), type(big).__name__)
print(round(7, -1), round(15, -1), round(25, -1), round(-35, -1), round(1234, -2))
print(1_000 + 0x_10 + 0o_7 + 0b_1)
print(True + True, True * 10, False - 1, -True)
print((5).conjugate(), (5).real, (5).imag, (7).numerator, (7).denominator)
errors = [
    lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: big // 0,
    lambda: int("12a"), lambda: int("", 10), lambda: int("10", 1), lambda: int("9", 8),
    lambda: pow(2, -1, 4), lambda: 1 << -1, lambda: int(float("inf")), lambda: int(float("nan")),
    lambda: pow(2, 3, 0), lambda: int(None),
]
for fn in errors:
    try:
        print(fn())
    except (ZeroDivisionError, ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(4, "little"), (5).to_bytes())
print(int.from_bytes(b"\xff\xff", "big", signed=True), (-2).to_bytes(2, "big", signed=True), (2**70).to_bytes(10, byteorder="little"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"), bool.from_bytes(b"\x01", "big"), True.to_bytes(1, "big"))
for fn in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(2, "big"), lambda: (1).to_bytes(2, "middle"), lambda: (1).to_bytes(-1, "big"), lambda: (-129).to_bytes(1, "big", signed=True)]:
    try:
        print(fn())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
