# bytearray shares bytes' text methods: results stay bytearrays, mutations stay visible
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


buf = bytearray(b"  Hello, Byte World!  ")
results = [buf.strip(), buf.lstrip(b" H"), buf.upper(), buf.title(), buf.swapcase(),
           buf.replace(b"o", b"0", 1), buf.center(30, b"*"), buf.zfill(25), buf.expandtabs(),
           buf.removeprefix(b"  "), buf.translate(None, b"lo")]
for r in results:
    print(type(r).__name__, r)
print([type(p).__name__ for p in buf.split()], buf.split(b","), buf.rsplit(None, 1))
print(buf.splitlines(), bytearray(b"a\nb\r\n").splitlines(True), buf.partition(b","))
print(buf.find(b"Byte"), buf.count(b"l"), buf.index(b"W"), buf.rfind(108), buf.startswith(b"  H"))
print(buf.isspace(), bytearray(b"ABC").isupper(), bytearray(b"Ab Cd").istitle(), buf.isascii())
print(bytearray(b"%s=%d") % (b"x", 5), bytearray(b"-").join([b"a", bytearray(b"b")]),
      b"-".join([bytearray(b"a")]), type(b"-".join([bytearray(b"a")])).__name__)
print(buf.hex(" ", 4), bytearray.fromhex("ff 00"), buf.decode().strip())

# methods see later mutations
buf[2] = ord("J")
buf.extend(b"??")
print(buf, buf.find(b"J"), buf.endswith(b"??"), buf.rstrip(b"? "), len(buf))
del buf[0]
print(buf.lstrip(), buf.count(b" "))

# mixing bytes and bytearray in comparisons, concatenation and search
print(bytearray(b"abc") == b"abc", b"abc" < bytearray(b"abd"), bytearray(b"a") + b"b",
      b"a" + bytearray(b"b"), type(b"a" + bytearray(b"b")).__name__, b"b" in bytearray(b"abc"))
show("bytearray hash", lambda: hash(bytearray(b"x")))
show("bytearray center str", lambda: bytearray(b"x").center(3, "-"))
show("bytearray split str", lambda: bytearray(b"x y").split(" "))
show("bytearray index missing", lambda: bytearray(b"abc").index(b"d"))
show("bytearray decode bad", lambda: bytearray(b"\xffabc").decode())
show("bytearray fromhex bad", lambda: bytearray.fromhex("0g"))

# a line editor over a bytearray buffer
doc = bytearray(b"first line\nsecond line\nthird\n")
lines = doc.splitlines()
lines[1] = lines[1].upper()
doc = bytearray(b"\n").join(lines) + b"\n"
print(doc, doc.count(b"\n"), [len(l) for l in doc.splitlines()])
doc[0:5] = b"FIRST"
print(doc.split(b"\n", 1)[0], doc.title(), doc.replace(b"line", b"row"))
