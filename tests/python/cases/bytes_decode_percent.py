# bytes.decode error handlers and reasons, and bytes % formatting
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


samples = [b"plain", b"caf\xc3\xa9", b"\xff", b"ab\x80cd", b"\xc3", b"\xe2\x82", b"\xe2\x82\x28",
           b"\xe2\x82\xac!", b"\xed\xa0\x80", b"\xc0\xaf", b"\xf0\x9f\x98\x80", b"\xf0\x80\x80",
           b"\xf4\x90\x80\x80", b"x\xf0\x9f\x98", b"\xe0\x80\x80"]
for data in samples:
    print(repr(data))
    show("  strict", lambda: data.decode())
    show("  replace", lambda: data.decode("utf-8", "replace"))
    show("  ignore", lambda: data.decode(errors="ignore"))
    show("  backslash", lambda: data.decode("utf8", errors="backslashreplace"))
    show("  latin", lambda: data.decode("latin-1"))
    show("  ascii", lambda: data.decode("ascii", "replace"))
show("bad handler ok data", lambda: b"abc".decode("utf-8", "bogus"))
show("bad handler bad data", lambda: b"\xff".decode("utf-8", "bogus"))
show("ascii strict", lambda: b"ok\xe9".decode("ascii"))
show("unknown codec", lambda: b"x".decode("klingon"))
show("bytearray decode", lambda: bytearray(b"\xc3\xa9t\xc3\xa9").decode())
try:
    b"\x80abc".decode()
except UnicodeDecodeError as e:
    print("caught:", e)
except ValueError:
    print("wrong handler")

print(b"%d items at %5.2f, %x %X %o" % (3, 2.5, 255, 255, 8))
print(b"[%s] [%-6s] [%6s] [%.2s]" % (b"abc", b"ab", bytearray(b"cd"), b"xyz"))
print(b"%b|%s" % (b"one", b"two"), b"%r %a" % ("caf\u00e9", b"x"), b"%c%c%c" % (72, b"i", 33))
print(b"%(name)s is %(age)d" % {b"name": b"Ann", b"age": 7}, b"100%%" % (), b"%s" % b"solo")
print(b"%5d|%-5d|%05d|%+d" % (42, 42, 42, 42), b"%e %g" % (12345.678, 0.0001))
print(bytearray(b"%s-%s") % (b"a", b"b"), type(bytearray(b"%s") % b"x").__name__)


class Blob:
    def __bytes__(self):
        return b"<blob>"


print(b"data: %s" % Blob())
show("%s str", lambda: b"%s" % "text")
show("%s int", lambda: b"%s" % 5)
show("%b list", lambda: b"%b" % [1])
show("%c big", lambda: b"%c" % 256)
show("%c str", lambda: b"%c" % "a")
show("%c two bytes", lambda: b"%c" % b"ab")
show("%d str", lambda: b"%d" % "1")
show("too few", lambda: b"%s %s" % b"a")
show("too many", lambda: b"%s" % (b"a", b"b"))
show("bad char", lambda: b"%y" % 1)
show("str rmod", lambda: "x" % b"y")
# build a fixed-width record table in bytes
rows = [(b"apple", 3, 1.25), (b"kiwi", 12, 0.5), (b"fig", 100, 10.0)]
for name, qty, price in rows:
    print(b"%-8s%4d @ %6.2f = %8.2f" % (name, qty, price, qty * price))
