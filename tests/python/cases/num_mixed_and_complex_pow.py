for a in [3, -7, 0, 2**40]:
    for b in [0.5, -2.25, 1e300, float('inf'), float('nan'), -0.0]:
        for op in ["+", "-", "*", "/", "//", "%", "**"]:
            for x, y in [(a, b), (b, a)]:
                try:
                    r = eval("x %s y" % op)
                    print(x, op, y, "=", r)
                except Exception as e:
                    print(x, op, y, type(e).__name__, e)
x = 5
x += 0.5; x *= 2; x -= 1; x /= 4; x //= 1; x **= 2; print(x)
vals = [0j, 1j, -1j, 1+1j, 2-3j, -0.5+0.25j, 3, -2.5, 0.0, 1e10+1e10j]
exps = [0, 1, 2, 3, -1, -2, 7, 101, 0.5, -0.5, 1j, 2+1j, -1.5j, 100, -100, 2.0]
for a in vals:
    for b in exps:
        try:
            print(a, "**", b, "=", a ** b)
        except Exception as e:
            print(a, "**", b, type(e).__name__, e)
print((-7) ** 0.5, (-8) ** (1/3), pow(-2.0, 0.25), (-7.5) ** -2.25)
print((1+2j) / (3-4j), (1e300+1e300j) / (1e-300+1e300j), 1 / (2+0j), (5j) / 2)
try:
    1j / 0
except Exception as e:
    print(type(e).__name__, e)
print(complex(-0.0, float("nan")), complex(1, -0.0), -0j, complex(float("nan"), -float("nan")))
print(complex(1+2j, 3), complex(1+2j, 3j), complex(2, 1j), complex(-0.0, -0.0), complex(1j, -0.0))
