# printf-style % formatting
print("%s %r %a" % ("hi", "hi", "é"))
print("%d %i %u" % (42, -7, 3))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8))
print("%f %.2f %10.3f %-10.1f| %+.0f" % (3.14159, 3.14159, 3.14159, 3.14159, 2.5))
print("%e %.3E %g %G %g" % (12345.678, 12345.678, 0.00001234, 1e20, 100.0))
print("%c%c%c" % (72, "i", 33))
print("%%d means integer: %d%%" % 50)
print("%(name)s is %(age)d years" % {"name": "Bob", "age": 30})
print("%(x)s %(x)r" % {"x": "same"})
print("%*d|%-*d|%.*f" % (6, 7, 6, 7, 2, 1.23456))
print("%s" % (1, ))
print("%s" % [1, 2])
print("%s" % ((1, 2),))
print("%s and %s" % (None, True))
print("%d" % True, "%d" % 3.99, "%d" % -3.99)
print("%.3s|%10.2s|" % ("abcdef", "xyz"))
print("%r" % 1.5, "%s" % 1e100, "%r" % 0.1)
print("%x" % -255, "%o" % -8, "%d" % (2 ** 80))
print("%10.4s|" % "truncate")
print("%-8s|%8s|" % ("left", "right"))
print("%.0e %.1e" % (5e10, 0.000123))
print("%i items" % 3.0)
print(b"%s %d" % (b"bytes", 5))
print("%5.1f%%" % 99.44)
table = [("north", 1200, 0.153), ("south", 800, 0.0412), ("east", 15000, 0.5)]
for region, sales, share in table:
    print("%-6s %7d %6.1f%%" % (region, sales, share * 100))
errors = [
    lambda: "%d" % "x",
    lambda: "%s %s" % ("only one",),
    lambda: "%s" % ("a", "b"),
    lambda: "%(key)s" % {"other": 1},
    lambda: "%z" % 1,
    lambda: "%c" % 1114112,
    lambda: "%c" % "ab",
    lambda: "%x" % 1.5,
    lambda: "%(a)s %s" % {"a": 1},
]
for fn in errors:
    try:
        print(fn())
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print("%5c|%-3c|%c" % ("a", 66, 0x263A), "%s %(a)s" % {"a": 1}, format(65, "c"), format(97, ">3c"))
for fn in [lambda: "%b" % 5, lambda: format(-1, "c"), lambda: "%c" % 1.5, lambda: "%o" % "s", lambda: "%X" % 3.0]:
    try:
        print(fn())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
