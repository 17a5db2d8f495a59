# TypeError messages for mixed operations, then an uncaught one
cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: "a" * "b",
    lambda: 2 ** "x",
    lambda: -"s",
    lambda: ~1.5,
    lambda: None < 1,
    lambda: [] < {},
    lambda: len(5),
    lambda: 5(),
    lambda: "abc"[1.5],
    lambda: [1, 2]["a"],
    lambda: {}[[]],
    lambda: hash([]),
    lambda: int([1]),
    lambda: float({}),
    lambda: "x".join([1, 2]),
    lambda: sorted([3, None]),
    lambda: abs("a"),
    lambda: iter(None),
    lambda: object() + object(),
    lambda: divmod("a", 2),
    lambda: round("x"),
    lambda: "%d" % [],
    lambda: tuple(5),
    lambda: "s".startswith(1),
    lambda: 3 in 5,
    lambda: del_item(),
]
def del_item():
    t = (1, 2)
    del t[0]
for fn in cases:
    try:
        fn()
        print("no error")
    except TypeError as e:
        print(e)
total = 0
for item in [1, 2, "3", 4]:
    total += item
print(total)
