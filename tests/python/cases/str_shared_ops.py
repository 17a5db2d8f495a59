# str methods on the shared text algorithms: non-ASCII widths, bounds, errors
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


s = "héllo wörld, ünïcode"
print(s.find("ö"), s.rfind("l"), s.count("l", 3), s.index("w", 2, -3), s.find("l", -12, -5))
print(s.find("o", 10**30), s.count("", 2, 5), s.count("", 25), s.find("", 20), s.find("", 21))
print(s.startswith(("x", "hé")), s.endswith("de", 0, 20), s.startswith("llo", 2))
show("startswith int", lambda: s.startswith(1))
show("startswith tuple int", lambda: s.startswith(("a", 1)))
show("find bytes", lambda: s.find(b"o"))
show("find bad start", lambda: s.find("o", "1"))
show("find float end", lambda: s.find("o", 0, 2.0))
print(s.find("o", None, None), s.find("o", 5, None), s.count("o", None, 9))

for width in [5, 20, 24, 25, 26]:
    print(width, "[" + s.center(width, "·") + "]", "[" + "é".ljust(width - 20, "ü") + "]",
          "[" + "ñ".rjust(3) + "]")
print("-5".zfill(4), "+é".zfill(4), "é".zfill(3), "".zfill(2), "abc".zfill(-1))
show("center two chars", lambda: "x".center(5, "ab"))
show("center bytes fill", lambda: "x".center(5, b"a"))
show("partition empty", lambda: "abc".partition(""))
show("rpartition empty", lambda: "abc".rpartition(""))
print("ä=b=ö".partition("="), "ä=b=ö".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print("ä\tb\tcc\td".expandtabs(4), "日本\t語".expandtabs(3), "x\ty".expandtabs(0), "\t".expandtabs(-1))
print("a\u2028b\u2029c\x85d\x1ce\x1df\x1eg".splitlines(), "x\r\ny\rz".splitlines(keepends=True))
print(" ä b  ".split(), " ä b  ".rsplit(None, 1), "a,b,,c".split(",", 2), "a,b,,c".rsplit(",", 2))
print("  äx  ".strip(), "xxäxx".strip("x"), "äöäHIöä".strip("äö"), "abc".lstrip(None))
show("split empty sep", lambda: "abc".split(""))
show("rsplit int sep", lambda: "abc".rsplit(1))
show("splitlines too many", lambda: "a".splitlines(True, False))
show("strip int", lambda: "abc".strip(1))
print("ÄBC".isupper(), "äbc".islower(), "Äbc Déf".istitle(), "ǅungla".istitle(), "ABC".isupper(),
      "abc1".islower(), "Abc dEf".istitle(), "".isupper(), "1".islower())
print("abc".isalpha(), "ab1".isalnum(), "٣".isdigit(), "\x1c".isspace(), "\x85 ".isspace(),
      "".isspace(), " ".isprintable(), "".isprintable(), "\x7f".isprintable())
# a justified table with accented names
rows = [("Zoë", 3.5), ("Jürgen", 12.25), ("Ann", 100.0)]
for name, value in rows:
    print(name.ljust(8, ".") + ("%.2f" % value).rjust(8) + "|" + name.center(9).upper() + "|")
