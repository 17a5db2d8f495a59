# bytes find/rfind/index/rindex/count/startswith/endswith with slices, ints and tuples
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


data = b"abracadabra"
for sub in [b"a", b"abra", b"", b"z", b"ra", 97, 122]:
    print(repr(sub), data.find(sub), data.rfind(sub), data.count(sub))
    for start, end in [(1, None), (None, 5), (2, -2), (-4, None), (5, 3), (11, None),
                       (12, None), (-100, 100), (3, 3)]:
        print("  ", start, end, data.find(sub, start, end), data.rfind(sub, start, end),
              data.count(sub, start, end))

print(data.index(b"c"), data.rindex(b"a"), data.index(98, 2), data.rindex(b"b", 0, 5))
show("index missing", lambda: data.index(b"q"))
show("rindex missing", lambda: data.rindex(b"a", 1, 3))
show("find str", lambda: data.find("a"))
show("count float", lambda: data.count(1.5))
show("find 256", lambda: data.find(256))
show("find -1", lambda: data.find(-1))
show("find bad start", lambda: data.find(b"a", "1"))
print(data.find(b"a", 10**30), data.find(b"a", -10**30), data.count(b"a", 0, 10**20))
print(data.find(bytearray(b"cad")), bytearray(data).find(b"cad"), bytearray(data).count(97))

print(data.startswith(b"abr"), data.startswith(b"bra", 1), data.startswith(b"bra", 1, 3))
print(data.endswith(b"bra"), data.endswith(b"cad", 0, 7), data.endswith(b"", 11),
      data.endswith(b"", 12))
print(data.startswith((b"x", b"ab")), data.endswith((b"x", b"y")), data.startswith(()))
print(data.startswith(bytearray(b"ab")), bytearray(data).endswith((b"q", bytearray(b"a"))))
show("startswith str", lambda: data.startswith("a"))
show("startswith list", lambda: data.startswith([b"a"]))
show("startswith tuple of str", lambda: data.startswith((b"a", "b")))
show("endswith int", lambda: data.endswith(97))
print(b"a" in data, b"" in data, 100 in data, bytearray(b"cad") in data)
show("in str", lambda: "a" in data)
show("in 300", lambda: 300 in data)

# a tiny scanner: offsets of every record separator
log = b"id=1;name=ann;id=2;name=bob;id=3"
position = log.find(b"id=")
offsets = []
while position >= 0:
    offsets.append(position)
    position = log.find(b"id=", position + 1)
print(offsets, [log[p + 3:p + 4] for p in offsets], log.count(b";", 5, -5))
print(log.removeprefix(b"id=1;"), log.removesuffix(b";id=3"), log.removeprefix(b"zz"),
      bytearray(b"xyz").removesuffix(b"z"))
