b = "naïve ☕".encode()
print(b, len(b), b[0], b[1:4], list(b[:2]), b.decode(), b.hex())
print(bytes([72, 105]), bytes(2), b"ab" * 2, b"x" + b"y", b"abc" < b"abd", b"a\x00'" , bytes.fromhex("41 42"))
ba = bytearray(b"abc")
ba[0] = 90
ba.append(33)
ba.extend(b"..")
print(ba, bytes(ba), len(ba), ba.pop(), ba)
print(b"a,b".split(b","), b" x ".strip(), b"%d-%s" % (5, b"z"), b"hello".upper(), b"lo" in b"hello")
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    bytes("x")
except TypeError as e:
    print("TypeError:", e)
print(1j, 2 + 3j, (1 + 2j) * (3 - 1j), abs(3 + 4j), complex(1, 2), (1j).imag, -2j, (1 + 2j) == (1 + 2j))
print(pow(3, -1, 7), pow(2, 100, 1000007), pow(7, 2, -5), (0.75).as_integer_ratio(), (0.1).hex())
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
print(True & False, True | False, True ^ True, type(True & True).__name__, 3 & True)
