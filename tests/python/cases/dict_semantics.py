# dict semantics: ordering, views, comprehension, setdefault, update, |, pop, popitem
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["a"]
d["a"] = 100
print(d)
keys = d.keys()
values = d.values()
items = d.items()
d["z"] = 26
print(keys, values, items, len(keys), "z" in keys, 26 in values, ("z", 26) in items)
print(keys & {"a", "q"}, sorted(keys | {"q"}), sorted(keys - {"a"}), keys ^ {"a", "new"} == {"b", "c", "z", "new"})
print(d.get("missing"), d.get("missing", 0), d.setdefault("b", 999), d.setdefault("new", []))
d["new"].append(1)
print(d.pop("new"), d.pop("nothing", "dflt"), d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("w", 0)])
print(d)
merged = {"a": 1, "b": 2} | {"b": 3, "c": 4}
print(merged, {"a": 1} | {}, {**merged, "d": 5, **{"a": 0}})
m = {"k": 1}
m |= {"k": 2, "j": 3}
print(m)
squares = {n: n * n for n in range(6) if n % 2}
print(squares, {v: k for k, v in squares.items()})
print(dict(zip("abc", range(3))), dict(a=1, b=2), dict([("x", 1)], y=2), dict.fromkeys("xyz", 0))
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for name in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(name[0], []).append(name)
print(groups)
print({1: "int", 1.0: "float", True: "bool"}, {(1, 2): "tuple"}[(1, 2)])
print(d == dict(d), {"a": 1, "b": 2} == {"b": 2, "a": 1}, list(reversed({"p": 1, "q": 2})))
copy = d.copy()
copy["x"] = "changed"
print(d["x"], copy["x"])
try:
    for k in d:
        d["added" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    {}["nope"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
nested = {"outer": {"inner": {"deep": [1, 2, {"x": None}]}}}
print(nested["outer"]["inner"]["deep"][2], repr(nested))
class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n % 3
    def __eq__(self, other):
        return self.n == other.n
    def __repr__(self):
        return "Key(%d)" % self.n
kd = {Key(1): "one", Key(4): "four", Key(7): "seven"}
print(kd[Key(4)], len(kd), list(kd))
d2 = dict.fromkeys(range(5))
for k in list(d2):
    if k % 2:
        del d2[k]
print(d2, d2.clear(), d2)
