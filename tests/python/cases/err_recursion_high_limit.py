# A very high recursion limit must still end unbounded recursion with RecursionError
# (the host stack runs out first), never a crash.
import sys

sys.setrecursionlimit(1000000)


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("caught", type(e).__name__, e)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(2000))
print(sys.getrecursionlimit())
