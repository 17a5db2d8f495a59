s = "straße Héllo wörld"
print(s.upper(), s.lower(), s.title(), s.casefold(), s.swapcase(), s.capitalize())
print("abc".isidentifier(), "1a".isidentifier(), "Hello World".istitle(), "٣".isdigit(), "²".isdecimal(), "½".isnumeric())
print("a,b,,c,".split(","), "a,b,,c,".split(",", maxsplit=2), " a  b ".split(), "a b c".rsplit(None, 1))
print("x\ny\r\nz\x0bw".splitlines(), "x\ny\n".splitlines(keepends=True))
print("abc".startswith("b", 1), "abc".endswith(("x", "c")), "aaa".count("a", 1), "a\tbc\td".expandtabs(4))
print("héllo".encode(), "abc".encode("ascii"), "{0}-{name}".format(1, name="n"), "abc".center(9, "*"))
t = str.maketrans("abc", "xyz", "d")
print("abcd".translate(t), str.maketrans({"a": "1"}), "x".join("abc"), "ab".zfill(5), "-7".zfill(4))
print(repr("\x80ÿ\u200b\t\"x'é"), ascii("é☕"), "é".isprintable(), "\x07".isprintable())
try:
    "abc".encode("ascii-nope")
except LookupError as e:
    print("LookupError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    "ab".center(5, "--")
except TypeError as e:
    print("TypeError:", e)
print("Σ ΑΣ".lower(), "ǆ".title(), "ﬁ".upper(), len("ﬁ".upper()))
