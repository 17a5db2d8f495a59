# a priority queue with heapq: task scheduler, Dijkstra, k-smallest, merge
import heapq

class PriorityQueue:
    def __init__(self):
        self._heap = []
        self._count = 0
        self._removed = set()
    def push(self, item, priority):
        heapq.heappush(self._heap, (priority, self._count, item))
        self._count += 1
    def pop(self):
        while self._heap:
            priority, count, item = heapq.heappop(self._heap)
            if count not in self._removed:
                return item, priority
        raise KeyError("pop from an empty priority queue")
    def remove(self, item):
        for priority, count, it in self._heap:
            if it == item:
                self._removed.add(count)
    def __len__(self):
        return len(self._heap) - len(self._removed)

pq = PriorityQueue()
for task, prio in [("write", 3), ("test", 2), ("deploy", 5), ("review", 2), ("plan", 1)]:
    pq.push(task, prio)
pq.remove("deploy")
while True:
    try:
        print(pq.pop())
    except KeyError as e:
        print("KeyError:", e)
        break

graph = {
    "A": {"B": 7, "C": 9, "F": 14},
    "B": {"A": 7, "C": 10, "D": 15},
    "C": {"A": 9, "B": 10, "D": 11, "F": 2},
    "D": {"B": 15, "C": 11, "E": 6},
    "E": {"D": 6, "F": 9},
    "F": {"A": 14, "C": 2, "E": 9},
}
def dijkstra(graph, start):
    dist = {start: 0}
    prev = {}
    heap = [(0, start)]
    done = set()
    while heap:
        d, node = heapq.heappop(heap)
        if node in done:
            continue
        done.add(node)
        for nb, w in graph[node].items():
            nd = d + w
            if nb not in dist or nd < dist[nb]:
                dist[nb] = nd
                prev[nb] = node
                heapq.heappush(heap, (nd, nb))
    return dist, prev
dist, prev = dijkstra(graph, "A")
print(sorted(dist.items()))
path = ["E"]
while path[-1] != "A":
    path.append(prev[path[-1]])
print(" -> ".join(reversed(path)))

data = [15, 3, 99, 42, 7, 8, 23, 4, 16]
print(heapq.nsmallest(3, data), heapq.nlargest(3, data), heapq.nsmallest(2, data, key=lambda x: -x))
h = list(data)
heapq.heapify(h)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
h = [5, 1, 8]
heapq.heapify(h)
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), sorted(h))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11])))
events = []
for t, name in [(5, "e"), (1, "a"), (3, "c"), (1, "b")]:
    heapq.heappush(events, (t, name))
print([heapq.heappop(events) for _ in range(4)])
def running_median(stream):
    low, high = [], []
    out = []
    for x in stream:
        heapq.heappush(low, -x)
        heapq.heappush(high, -heapq.heappop(low))
        if len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        out.append(-low[0] if len(low) > len(high) else (-low[0] + high[0]) / 2)
    return out
print(running_median([5, 15, 1, 3, 8, 7, 9, 10]))
