# slicing: negative steps, omitted bounds, assignment, deletion, slice objects
s = "abcdefghij"
L = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[-1:-4:-1], s[8:2:-2])
print(s[5:2], s[100:], s[-100:3], s[3:-100:-1], s[::-3], s[:0], s[0:0:-1])
print(L[::-1], L[-2::-2], L[7:1:-3], L[slice(2, 8, 2)], L[slice(None, None, -4)])
t = tuple(L)
print(t[1:4], t[::-5], t[-1:0:-4])
print(range(10)[2:8:3], range(10)[::-1], list(range(20)[5:-5:4]))
print(b"bytestring"[2:6], b"bytes"[::-1], b"abc"[1])
m = list(range(10))
m[2:5] = ["x", "y"]
print(m)
m[1:1] = [100, 200, 300]
print(m)
m[::2] = "ABCDEF"
print(m)
m[-3:] = []
print(m)
del m[::3]
print(m)
del m[1:3]
print(m)
m[:] = range(5)
print(m)
m[len(m):] = [5, 6]
print(m, m[len(m):])
try:
    m[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    m[::0]
except ValueError as e:
    print("ValueError:", e)
sl = slice(1, 10, 2)
print(sl, sl.start, sl.stop, sl.step, sl.indices(5), slice(None, -1).indices(10), slice(5).indices(3))
print(slice(None, None, -1).indices(4))
class Seq:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return "slice(%r, %r, %r)" % (key.start, key.stop, key.step)
        return "index %r" % (key,)
sq = Seq()
print(sq[1], sq[1:2], sq[::3], sq[:-1], sq[1, 2], sq[..., 1])
def rotate(items, k):
    k %= len(items)
    return items[-k:] + items[:-k]
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3], -1))
def is_palindrome(text):
    clean = "".join(ch.lower() for ch in text if ch.isalnum())
    return clean == clean[::-1]
print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("hello"))
words = "one two three four five".split()
print(words[1:-1], words[-2:], [w[::-1] for w in words][::2])
grid = [[r * 4 + c for c in range(4)] for r in range(4)]
print([row[1:3] for row in grid[1:3]], [row[::-1] for row in grid][0], [grid[i][i] for i in range(4)])
ustr = "héllo wörld"
print(ustr[1:4], ustr[::-1], ustr[-5:], len(ustr[2:9]))
chunks = [s[i:i + 3] for i in range(0, len(s), 3)]
print(chunks)
