# str.replace with an empty pattern inserts between characters, not UTF-8 bytes;
# bytearray edits in place (append, +=, slices, del, pop) and reads back alike.
print("h\u00e9llo".replace("", "-"), "abc".replace("", "|", 2), "\u00e9\u00e9".replace("\u00e9", "e", 1))
print(b"ab".replace(b"", b"-"), bytearray(b"aXbXc").replace(b"X", b"--"))
buf = bytearray()
for i in range(300):
    buf.append(65 + i % 26)
    if i % 50 == 0:
        buf += b"|"
print(len(buf), buf[:30], buf[-5:], buf.count(b"|"), buf.find(b"|", 2))
buf[0:3] = b"0123456"
buf[5] = 33
del buf[1]
print(buf[:12], buf.pop(), buf.pop(0), len(buf), buf.upper()[:8], bytes(buf[:4]))
buf[2:10] = b""
print(buf[:10], buf.startswith(b"13"), buf.split(b"|")[1][:5], buf == bytearray(bytes(buf)))
