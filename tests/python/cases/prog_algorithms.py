import itertools, functools, operator, heapq, bisect, sys
def primes():
    D = {}
    for q in itertools.count(2):
        if q not in D:
            yield q
            D[q * q] = [q]
        else:
            for p in D[q]:
                D.setdefault(p + q, []).append(p)
            del D[q]
print(list(itertools.islice(primes(), 15)))
def dijkstra(graph, start):
    dist = {start: 0}
    heap = [(0, start)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                heapq.heappush(heap, (nd, nxt))
    return dist
g = {"a": [("b", 7), ("c", 9), ("f", 14)], "b": [("c", 10), ("d", 15)], "c": [("d", 11), ("f", 2)],
     "d": [("e", 6)], "e": [], "f": [("e", 9)]}
print(sorted(dijkstra(g, "a").items()))
data = [5, 1, 9, 3, 7]
s = sorted(data)
bisect.insort(s, 4)
print(s, bisect.bisect_left(s, 7), functools.reduce(operator.mul, data), heapq.nlargest(2, data))
def memo(f):
    cache = {}
    @functools.wraps(f)
    def w(*a):
        if a not in cache:
            cache[a] = f(*a)
        return cache[a]
    return w
@memo
def ways(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return ways(n - k, k) + ways(n, k - 1)
print(ways(30, 30), ways.__name__)
class Node:
    def __init__(self, val, children=()):
        self.val, self.children = val, list(children)
    def __iter__(self):
        yield self.val
        for c in self.children:
            yield from c
tree = Node(1, [Node(2, [Node(4)]), Node(3, [Node(5), Node(6)])])
print(list(tree), sum(tree), max(tree))
def coroutine():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
c = coroutine()
next(c)
for v in [3, 4, 5]:
    print(c.send(v), end=" ")
try:
    c.send(None)
except StopIteration as e:
    print("final", e.value)
grid = ["#..#", ".##.", "#..#"]
print(["".join(r) for r in zip(*grid)], [row[::-1] for row in grid])
pairs = list(itertools.combinations("abcd", 2))
print(len(pairs), pairs[:3], list(itertools.accumulate(range(1, 6), operator.mul)))
print(sys.getrecursionlimit(), sorted({"b": 2, "a": 1}.items(), key=operator.itemgetter(1), reverse=True))
