# f-strings with format specs, conversions, nesting and debugging '='
import math

name = "Ada"
width = 10
pi = math.pi
values = [3, -17, 255, 1024, 0]

print(f"{name}")
print(f"{name!r} {name!s} {name!a}")
print(f"[{name:>10}] [{name:<10}] [{name:^10}] [{name:*^11}]")
print(f"[{name:>{width}}] [{name:.{2}}]")
print(f"{pi:.3f} {pi:10.4f} {pi:<10.2f}| {pi:+.1f} {-pi:+.1f}")
print(f"{pi:e} {pi:.2E} {pi:g} {1e20:g} {1.5e-7:g} {123456789.0:g}")
print(f"{0.5:%} {0.125:.1%} {1/3:.0%}")
for v in values:
    print(f"{v:5d}|{v:<5d}|{v:^5d}|{v:05d}|{v:+d}|{v: d}|{v:x}|{v:X}|{v:#x}|{v:o}|{v:#o}|{v:b}|{v:#b}")
print(f"{1234567:,} {1234567:_} {1234567.891:,.2f} {0xdeadbeef:_x} {-1234:,}")
print(f"{'abc'!r:>8}|{3.0!r}|{[1, 2]!s:>8}")
x = 42
print(f"{x=}")
print(f"{x = }")
print(f"{x*2=:>6}")
print(f"{name.upper()=}")
items = {"a": 1, "b": 2}
print(f"{items['a']} {items['b']!r}")
print(f"{'nested ' + f'{x:03d}'}")
print(f"{{literal braces}} {x}")
print(f"{3.14159:{'.'}{3}f}")
print(f"{True} {True:d} {False!r} {None}")
print(f"{12.0:.0f} {0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.5:.0f}")
print(f"{float('inf'):f} {float('-inf'):e} {float('nan'):g} {float('inf'):10}|")
print(f"{-0.0} {-0.0:.2f} {0.0:+}")
print(f"{123.456:=+12.2f}|{-42:=8}|{42:#010x}")
print(f"{'x':0>5}|{7:0<4}|{'ab':^7}|")
print(f"{3+0j if False else 'cond'}")
print(f"{(lambda a: a * 2)(21)}")
multi = f"line1 {x}" \
    f" line2 {x + 1}"
print(multi)
rows = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 100)]
print(f"{'item':<8}{'price':>8}{'qty':>6}")
for item, price, qty in rows:
    print(f"{item:<8}{price:>8.2f}{qty:>6d}")
print(f"{sum(p * q for _, p, q in rows):>22.2f}")
print(f"{1e16} {1e-5} {123456789012345678.0} {0.1 + 0.2}")
print(f"{2**64:,} {2**70:x} {-2**65:_}")
print(f"{1.0:g} {10.0:g} {1e6:g} {1e-4:g} {1e-5:g} {0.0001234:.2g}")
print(f"{12345.6789:.3g} {12345.6789:.8g} {0.000012345:.3e}")
try:
    print(f"{'abc':d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{3.5:d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{42:s}")
except ValueError as e:
    print("ValueError:", e)
