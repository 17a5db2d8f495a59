# bytes and bytearray basics
b = b"hello world"
print(b, len(b), b[0], b[-1], b[:5], b[::-1], b.upper(), b.split(), b.replace(b"o", b"0"))
print(b.find(b"o"), b.count(b"l"), b.startswith(b"he"), b"o" in b, 111 in b, b + b"!", b * 2)
print(list(b"abc"), bytes([65, 66, 67]), bytes(3), bytes("é", "utf-8"), b"\x00\xff".hex(), bytes.fromhex("41 42"))
print(b"a,b,c".split(b","), b"-".join([b"x", b"y"]), b"  pad  ".strip(), b"abc".decode(), b"%d-%s" % (1, b"x"))
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
ba.extend(b"ef")
print(ba, len(ba), bytes(ba), ba.decode(), ba[1:3], list(ba))
del ba[0]
ba += b"!"
print(ba, ba.pop(), ba)
print(b"abc" == b"abc", b"abc" < b"abd", b"A"[0] == ord("A"), repr(b"'\"\n\t\x7f"), repr(b'\''))
print(b"Hello".lower(), b"123".isdigit(), b"ab".isalpha(), b"a1".isalnum(), b" ".isspace())
print(int.from_bytes(b"\x00\x10", "big") if hasattr(int, "from_bytes") else 16, sum(b"\x01\x02\x03"))
data = "Grüße, 世界".encode("utf-8")
print(data, len(data), data.decode("utf-8"), len(data.decode()))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
checksum = 0
for byte in b"checksum me":
    checksum = (checksum * 31 + byte) % 65521
print(checksum, hex(checksum))
print(sorted(b"dcba"), bytes(sorted(b"dcba")), max(b"az"), b"".join([bytes([i]) for i in range(65, 70)]))
print(b"x=1".split(b"=", 1), b"a  b".split(), b"abcabc".replace(b"b", b"", 1), b"abc".index(b"c"))
