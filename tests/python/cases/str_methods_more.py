# string methods a text-processing program uses: split/partition/strip/find/replace/justify/checks
line = "  key = value with = signs  "
print(repr(line.strip()), repr(line.lstrip()), repr(line.rstrip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")))
print(line.strip().partition("="), "no-sep".partition("="), "a=b=c".rpartition("="), "abc".rpartition("z"))
print("a,b,c".split(","), "a,b,c".rsplit(",", 1), "  a  b  ".split(" "), "".split(), "".split(","), "a".split("a"))
print("a\tb\nc  d".split(), "one  two".split(None, 1), "x--y--z".split("--"), "1,2,3".split(",", 0))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".index("e"), "hello".find("l", 3), "hello".find("", 10))
print("hello".count("l"), "aaaa".count("aa"), "".count(""), "abc".count(""), "hello".replace("l", "L"), "hello".replace("l", "", 1))
print("aaa".replace("a", "b", 2), "abc".replace("", "-"), "mississippi".replace("ss", "SS"))
print("Hello".startswith("He"), "Hello".startswith(("x", "H")), "Hello".endswith("lo", 0, 5), "Hello".endswith("l", 0, 4))
print("abc".upper(), "ABC".lower(), "hello world".title(), "hello world".capitalize(), "HeLLo".swapcase())
print("it's a dog's life".title(), "ÉCOLE".lower(), "ß".upper(), "ǅ".lower())
print("42".isdigit(), "4.2".isdigit(), "abc".isalpha(), "ab1".isalnum(), "   ".isspace(), "".isspace(), "Ab".isupper(), "ab".islower())
print("x".ljust(5, ".") + "|", "x".rjust(5) + "|", "x".center(6, "*"), "x".center(4), "toolong".ljust(3), "7".zfill(3), "+7".zfill(4))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(str(i) for i in range(4)), " ".join("abc"))
print("tab\there".expandtabs(), "a\tbb\tccc\t".expandtabs(4), "line1\nline2\r\nline3".splitlines())
print("Hello, World!".removeprefix("Hello, "), "file.txt".removesuffix(".txt"), "abc".removeprefix("x"))
print("%s" % "abc".encode("utf-8"), "héllo".encode("utf-8"), b"h\xc3\xa9llo".decode("utf-8"), len("héllo".encode()))
print(ord("€"), chr(8364), "€".encode("utf-8"), "\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}" if False else "α")
print("abc" < "abd", "abc" < "ab", "Z" < "a", "apple" > "Apple", "é" > "z", max("hello"), min("hello"))
print("ab" * 3, 3 * "-", "" * 5, "a" in "cat", "at" in "cat", "" in "x", "ca" not in "cat")
text = "The quick brown fox jumps over the lazy dog"
vowels = sum(1 for ch in text.lower() if ch in "aeiou")
print(vowels, len(set(text.lower()) - {" "}), text.lower().count("the"), text.split()[::-1][:3])
print(" ".join(w.capitalize() for w in text.split()), "".join(sorted(set(text.lower().replace(" ", "")))))
def wrap(text, width):
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = current + " " + word if current else word
    if current:
        lines.append(current)
    return lines
for l in wrap(text, 15):
    print("|" + l.ljust(15) + "|")
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
secret = caesar(text, 13)
print(secret, caesar(secret, 13) == text)
table = str.maketrans("aeiou", "AEIOU", "xyz")
print("lazy fox jumps".translate(table), "abc".translate({97: "AA", 98: None}))
print("a-b_c d".replace("-", " ").replace("_", " ").split(), "CamelCaseString".lower(), "snake_case_here".split("_"))
print("{:>8}".format("right"), "%-8s|" % "left", "abc"[::-1].upper(), "Mixed Case".casefold())
for bad in [lambda: "abc".index("z"), lambda: "a".join(5), lambda: "abc".split(""), lambda: "x".center(), lambda: "abc"[5]]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
