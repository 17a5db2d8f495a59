# bytes split/rsplit/splitlines/partition/strip/expandtabs, and bytearray results
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


line = b"  alpha  beta\tgamma\n delta  "
for n in [-1, 0, 1, 2, 5]:
    print(n, line.split(None, n), line.rsplit(None, n))
    print(n, line.split(b" ", n), line.rsplit(b" ", n))
print(b"a,b,,c,".split(b","), b"a,b,,c,".rsplit(b",", 2), b"".split(), b"".split(b","))
print(b"a::b::c".split(b"::"), b"a::b::c".rsplit(maxsplit=1, sep=b"::"), b"x y".split(maxsplit=0))
print(b"a\x1cb\x85c d".split(), b"a\x1fb".rsplit())
show("split empty sep", lambda: b"abc".split(b""))
show("rsplit str sep", lambda: b"abc".rsplit("b"))
show("split bad kw", lambda: b"abc".split(separator=b"b"))
show("split too many", lambda: b"abc".split(b"b", 1, 2))

text = b"one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\n\n"
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True) == text.splitlines(1), b"".splitlines(), b"\n".splitlines())
print("one\x0btwo\x1cthree".splitlines(), "a\u2028b\x85c".splitlines(True))

for sep in [b"=", b"==", b"x", b"a=b"]:
    print(sep, b"a=b==c".partition(sep), b"a=b==c".rpartition(sep))
show("partition empty", lambda: b"abc".partition(b""))
show("rpartition str", lambda: b"abc".rpartition("b"))
show("str partition empty", lambda: "abc".partition(""))
parts = bytearray(b"key: value").partition(b": ")
print(parts, [type(p).__name__ for p in parts])

print(b"  \t x \n".strip(), b"xxhixx".strip(b"x"), b"xyhiyx".lstrip(b"xy"), b"xyhiyx".rstrip(b"yx"))
print(b"\x00pad\x00".strip(b"\x00"), b"abc".strip(b""), b"abc".strip(None), bytearray(b"..a..").strip(b"."))
show("strip str", lambda: b"abc".strip("a"))
show("strip int", lambda: b"abc".strip(97))

for size in [8, 4, 1, 0, -3]:
    print(size, b"a\tbc\td\n\tx\r\ty".expandtabs(size), b"\t\xff\t".expandtabs(tabsize=size))
print(b"\tx".expandtabs(), bytearray(b"1\t2").expandtabs(3), "é\tx".expandtabs(4), b"\xc3\xa9\tx".expandtabs(4))
show("expandtabs str", lambda: b"a\tb".expandtabs("4"))

# parse a small INI-like blob
blob = b"[main]\r\nname = demo \r\n; comment\r\n\r\nsize=  12\nflags = a,b , c\n"
section = None
for raw in blob.splitlines():
    row = raw.strip()
    if not row or row.startswith(b";"):
        continue
    if row.startswith(b"[") and row.endswith(b"]"):
        section = row[1:-1]
        continue
    key, _, value = row.partition(b"=")
    value = value.strip()
    if b"," in value:
        value = [v.strip() for v in value.split(b",")]
    print(section, key.strip(), value)
