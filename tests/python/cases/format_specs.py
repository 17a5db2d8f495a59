print("{:<06}|{:^9}|{:*>7}|{:+}|{:,}|{:_x}".format(7, "mid", "r", 5, 1234567, 255))
print(f"{3.14159:08.3f}|{-0.0:.1f}|{float('inf'):>6}|{float('nan'):^7}|{1e16}|{0.25:.0%}")
print(format(255, "#x"), format(255, "08b"), format(-255, "X"), format("ab", "05"), format(3, "c") == chr(3))
print("%5s|%-5s|%05d|%+.2f|%x|%o|%e|%%|%c|%r" % ("a", "b", 42, 3.14159, 255, 8, 12345.678, 65, "q"))
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159), "%(a)s-%(b)d" % {"a": "x", "b": 3})
try:
    "%z" % 1
except ValueError as e:
    print("ValueError:", e)
try:
    "{:d}".format("s")
except ValueError as e:
    print("ValueError:", e)
print("{0!r} {0!s} {0!a}".format("é"), "{x[1]} {y.real}".format(x=[1, 2], y=3))
