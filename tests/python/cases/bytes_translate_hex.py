# bytes.translate/maketrans, hex(sep, bytes_per_sep) and fromhex
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


table = bytes.maketrans(b"abc", b"xyz")
print(len(table), type(table).__name__, table[97:100], table[:3], bytearray.maketrans(b"a", b"b")[97])
print(b"aabbcc-abc".translate(table), b"aabbcc".translate(table, b"b"), b"hello".translate(None, b"l"))
print(b"hello".translate(None), b"hello".translate(None, delete=b"helo"), bytearray(b"abc").translate(table))
rot13 = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                        b"NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
secret = b"Hello, World!".translate(rot13)
print(secret, secret.translate(rot13))
show("short table", lambda: b"abc".translate(b"xyz"))
show("maketrans lengths", lambda: bytes.maketrans(b"ab", b"c"))
show("maketrans str", lambda: bytes.maketrans("a", "b"))
show("translate str table", lambda: b"abc".translate("x" * 256))
show("translate delete str", lambda: b"abc".translate(None, "a"))

data = bytes(range(0, 256, 37)) + b"\x00\xff"
print(data.hex(), data.hex(":"), data.hex("-", 2), data.hex(" ", -3), data.hex(b"|", 4))
print(b"".hex(), b"".hex(":"), b"\x01".hex(":", 5), bytearray(b"\xde\xad\xbe\xef").hex("_"))
print(b"abcdef".hex(sep=".", bytes_per_sep=2), b"abcdef".hex(":", 0))
show("hex long sep", lambda: b"ab".hex("::"))
show("hex empty sep", lambda: b"ab".hex(""))
show("hex unicode sep", lambda: b"ab".hex("\u00e9"))
show("hex int sep", lambda: b"ab".hex(1))

for text in ["", "00", "0a0B ff", "  de ad\tbe\nef  ", "1", "abc", "zz", "0 1", "12 3", "12g4",
             "\u00e9"]:
    show("fromhex %r" % text, lambda: bytes.fromhex(text))
print(bytearray.fromhex("41 42 43"), type(bytearray.fromhex("")).__name__)
show("fromhex bytes", lambda: bytes.fromhex(b"41"))
show("fromhex none", lambda: bytes.fromhex())
print(bytes.fromhex(data.hex()) == data, bytes.fromhex(data.hex(" ", 2)) == data)


class Tagged(bytes):
    pass


value = Tagged.fromhex("6869")
print(type(value).__name__, value, value.upper(), type(value.upper()).__name__)
# checksum each line of a hex dump
dump = "48656c6c6f\n20776f726c64\n21"
total = 0
for row in dump.split("\n"):
    chunk = bytes.fromhex(row)
    total = (total + sum(chunk)) & 0xFF
    print(chunk, chunk.hex(" "), len(chunk))
print("checksum", hex(total))
