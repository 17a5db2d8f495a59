"""The 4300-digit limit on int/str conversions (CPython 3.11), checked cheaply."""
import sys
x = 1 << 100000
for f in (str, repr, lambda v: f"{v}", lambda v: "%d" % v, lambda v: format(v, ",")):
    try:
        f(x)
    except ValueError as e:
        print("ValueError:", e)
print(sys.get_int_max_str_digits())
try:
    int("7" * 5000)
except ValueError as e:
    print(e)
print(int("f" * 5000, 16) > 0)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(1 << 16000)))
sys.set_int_max_str_digits(1000)
print(len(str(10 ** 999)))
try:
    str(10 ** 1000)
except ValueError as e:
    print(e)
print(-x < 0, hex(x)[:10])
