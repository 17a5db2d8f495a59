# float.fromhex: rounding half-even, subnormals, overflow, specials, whitespace, errors
def show(text):
    try:
        value = float.fromhex(text)
        print(repr(text), repr(value), value.hex())
    except (ValueError, OverflowError, TypeError) as e:
        print(repr(text), type(e).__name__, e)


for text in ["0x1.8p1", "0X1P3", "-0x1.Ap+2", "+0x.8", "0x1.", "1", "12.5", "a", "0x0",
             "-0x0", "-0x0.0p0", "0x00000000000000001p0", "0x.000000000000001p60", "0x1p0 "]:
    show(text)

print("-- rounding at 53 bits")
for text in ["0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000081p0",
             "0x1.00000000000007fp0", "0x1.0000000000000fp0", "0x1.fffffffffffff8p0",
             "0x3.ffffffffffffep0", "0x3.fffffffffffffp0", "0x7.fffffffffffffp0",
             "0x1.00000000000000000000000000001p0", "0x20000000000001p0", "0x20000000000003p0"]:
    show(text)

print("-- subnormals and underflow")
for text in ["0x1p-1022", "0x1p-1074", "0x1p-1075", "0x1.0000001p-1075", "0x3p-1076",
             "0x1p-1076", "0x5p-1076", "0x7p-1077", "0x0.0000000000001p-1022",
             "0x1.0000000000001p-1023", "0x1p-99999", "0x0p999999999", "-0x1p-2000"]:
    show(text)

print("-- overflow")
for text in ["0x1.fffffffffffffp1023", "0x1.fffffffffffff7p1023", "0x1.fffffffffffff8p1023",
             "0x1p1024", "0x2p1023", "-0x1p1024", "0x1p99999999999999999999", "0x.1p1028"]:
    show(text)

print("-- specials and spaces")
for text in ["inf", "-Infinity", "INF", "+inf", "nAn", "-nan", "infinit", "  0x10\n", "\t-0x1p1 ",
             "\x0c0x2\x0b", "i n f"]:
    show(text)

print("-- malformed")
for text in ["", " ", "0x", "0x.", ".", "0x1p", "0x1p+", "0x1p-x", "0xg", "0x1.8p1x", "0x1_0",
             "0x1..2", "--0x1", "0x 1", "0x1 p1", "1e5", "0xp1", "\u00e9"]:
    show(text)
try:
    float.fromhex(1.5)
except TypeError as e:
    print("TypeError", e)


class Money(float):
    pass


m = Money.fromhex("0x1.4p3")
print(type(m).__name__, m, float.fromhex((2.5).hex()) == 2.5)

# round-trip a spread of values through hex and back
values = [0.1, -2.5, 1e308, 5e-324, 2.2250738585072014e-308, 1/3, 123456789.125, -0.0, 1e-310]
for v in values:
    h = v.hex()
    back = float.fromhex(h)
    print(repr(v), h, back == v, repr(back))
