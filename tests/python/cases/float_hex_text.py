# float.hex text: normal, subnormal, signed zero, specials, and float/int hex agreement
values = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 3.0, 0.1, -0.1, 1/3, 1e-5, 1e10, 123.456,
          2.0**52, 2.0**53 + 2, 2.0**-1022, 2.0**-1023, 5e-324, 1e-310, 1.7976931348623157e308,
          float("inf"), float("-inf"), float("nan")]
for v in values:
    print(repr(v), v.hex())

# the exponent is that of the leading digit; 13 hex digits always follow the point
for exponent in [-1074, -1060, -1030, -1022, -1, 0, 1, 100, 1023]:
    v = 2.0 ** exponent
    h = v.hex()
    mantissa, _, power = h.partition("p")
    print(exponent, h, len(mantissa.split(".")[1]), int(power))

# hex of an integral float agrees with int's hex once scaled
for n in [1, 10, 255, 4096, 123456789, 2**60 + 2**8]:
    f = float(n)
    text = f.hex()
    digits = text[2:text.index("p")].replace(".", "")
    shift = int(text[text.index("p") + 1:]) - 4 * (len(digits) - 1)
    rebuilt = int(digits, 16) * 2**shift if shift >= 0 else int(digits, 16) >> -shift
    print(n, text, rebuilt == n, hex(n))


class Meters(float):
    pass


print(Meters(2.5).hex(), (-Meters(0.75)).hex(), type(Meters(1.0).hex()).__name__)
try:
    (1.0).hex(16)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float.hex(1)
except TypeError as e:
    print(type(e).__name__, e)

# next-after steps in hex: incrementing the last digit
x = 1.0
for i in range(3):
    h = x.hex()
    last = int(h.split("p")[0][-1], 16)
    x = float.fromhex(h.split("p")[0][:-1] + "%x" % (last + 1) + "p" + h.split("p")[1])
    print(h, "->", x.hex(), repr(x))
