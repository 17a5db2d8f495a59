import sys
m = -sys.maxsize - 1
print(abs(m), -m, m // -1, m % -1, divmod(m, -1), m * -1, str(m), hex(m), bin(m)[:8], oct(m)[:6])
print(m.bit_length(), m.bit_count(), m.to_bytes(9, "big", signed=True), int.from_bytes(m.to_bytes(8, "big", signed=True), "big", signed=True))
print(f"{m:,}", format(m, "x"), "%d %x %o" % (m, m, m), round(m, -2), m >> 63, m << 1, ~m, m ** 1, pow(m, 2), m - 1)
print(hash(m) == hash(m), float(m), int(float(m)), m == float(m), m < 0.0, -m > sys.maxsize)
