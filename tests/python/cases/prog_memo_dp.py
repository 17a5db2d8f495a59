# memoised recursion and dynamic programming: lru_cache, dict memo, tables
from functools import lru_cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib(200))

def edit_distance(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        dp[i][0] = i
    for j in range(len(b) + 1):
        dp[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            dp[i][j] = min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + cost)
    return dp[-1][-1]
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("intention", "execution")]:
    print(a, b, edit_distance(a, b))

def lcs(a, b):
    memo = {}
    def go(i, j):
        if i == len(a) or j == len(b):
            return ""
        key = (i, j)
        if key in memo:
            return memo[key]
        if a[i] == b[j]:
            result = a[i] + go(i + 1, j + 1)
        else:
            left, right = go(i + 1, j), go(i, j + 1)
            result = left if len(left) >= len(right) else right
        memo[key] = result
        return result
    return go(0, 0)
print(lcs("AGGTAB", "GXTXAYB"), lcs("abcdef", "acf"), repr(lcs("abc", "xyz")))

def coin_change(coins, amount):
    ways = [1] + [0] * amount
    for coin in coins:
        for v in range(coin, amount + 1):
            ways[v] += ways[v - coin]
    fewest = [0] + [None] * amount
    for v in range(1, amount + 1):
        options = [fewest[v - c] for c in coins if c <= v and fewest[v - c] is not None]
        fewest[v] = min(options) + 1 if options else None
    return ways[amount], fewest[amount]
print(coin_change([1, 2, 5], 11), coin_change([2], 3), coin_change([1, 5, 10, 25], 100))

def knapsack(items, capacity):
    best = [0] * (capacity + 1)
    for weight, value in items:
        for c in range(capacity, weight - 1, -1):
            best[c] = max(best[c], best[c - weight] + value)
    return best[capacity]
print(knapsack([(1, 1), (3, 4), (4, 5), (5, 7)], 7), knapsack([(10, 60), (20, 100), (30, 120)], 50))

@lru_cache(maxsize=4096)
def partitions(n, largest=None):
    if largest is None:
        largest = n
    if n == 0:
        return 1
    return sum(partitions(n - k, k) for k in range(1, min(n, largest) + 1))
print([partitions(n) for n in range(1, 16)], partitions(40))
print(fib.cache_info().hits > 0, partitions.cache_info().maxsize)

def longest_increasing(seq):
    tails = []
    import bisect
    for x in seq:
        i = bisect.bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
print(longest_increasing([10, 9, 2, 5, 3, 7, 101, 18]), longest_increasing([]), longest_increasing(range(20)))
grid = [[1, 3, 1], [1, 5, 1], [4, 2, 1]]
rows, cols = len(grid), len(grid[0])
cost = [[0] * cols for _ in range(rows)]
for r in range(rows):
    for c in range(cols):
        up = cost[r - 1][c] if r else None
        left = cost[r][c - 1] if c else None
        prev = [x for x in (up, left) if x is not None]
        cost[r][c] = grid[r][c] + (min(prev) if prev else 0)
print(cost, cost[-1][-1])
