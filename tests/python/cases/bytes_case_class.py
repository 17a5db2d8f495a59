# bytes case mapping and character-class predicates: ASCII-only rules
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


samples = [b"hello world", b"HELLO", b"Hello World", b"hello World", b"", b"123abc",
           b"they're bill's friends", b"\xe9t\xe9 caf\xc9", b"a1b2 c3", b"  ", b"\t\n\x0b\x0c\r ",
           b"\x1c\x1d", b"ABC def", b"_x_y", b"O'Neil", b"3rd place"]

for s in samples:
    print(repr(s))
    print("  upper", s.upper(), "lower", s.lower(), "swap", s.swapcase())
    print("  title", s.title(), "capitalize", s.capitalize())
    print("  classes", s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isascii())
    print("  case", s.isupper(), s.islower(), s.istitle())

ba = bytearray(b"mixed Case \xff")
for name in ["upper", "lower", "title", "capitalize", "swapcase"]:
    result = getattr(ba, name)()
    print(name, type(result).__name__, result)
print(ba.isupper(), ba.islower(), ba.istitle(), ba.isascii(), bytearray().isalpha())

# padding
for width in [-1, 0, 3, 5, 6, 9, 10]:
    print(width, b"abc".center(width), b"abc".ljust(width, b"*"), b"abc".rjust(width, b"-"),
          b"ab".center(width, b"."))
print(b"42".zfill(5), b"-42".zfill(5), b"+7".zfill(1), b"".zfill(3), b"-".zfill(3),
      bytearray(b"9").zfill(4))
print(bytearray(b"x").center(5, bytearray(b"#")), b"x".rjust(3, bytearray(b"0")))
show("center str fill", lambda: b"abc".center(10, "x"))
show("ljust long fill", lambda: b"abc".ljust(10, b"xy"))
show("rjust int fill", lambda: b"abc".rjust(10, 32))
show("zfill str", lambda: b"abc".zfill("5"))
show("center no width", lambda: b"abc".center())

# a word-frequency table over bytes, using the methods together
text = b"The quick brown fox. the LAZY dog! The end"
counts = {}
for word in text.lower().split():
    word = word.strip(b".!")
    counts[word] = counts.get(word, 0) + 1
for word in sorted(counts):
    print(word.ljust(6, b".") + b":" + str(counts[word]).encode().rjust(3))
