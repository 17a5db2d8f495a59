# graph algorithms: BFS shortest path, DFS, topological sort, connected components, cycle detection
from collections import deque

edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("f", "g")]
graph = {}
for u, v in edges:
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, []).append(u)

def bfs_path(start, goal):
    queue = deque([[start]])
    seen = {start}
    while queue:
        path = queue.popleft()
        node = path[-1]
        if node == goal:
            return path
        for nb in graph[node]:
            if nb not in seen:
                seen.add(nb)
                queue.append(path + [nb])
    return None
print(bfs_path("a", "e"), bfs_path("a", "g"), bfs_path("f", "g"))

def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nb in graph[node]:
        if nb not in seen:
            dfs(nb, seen)
    return seen
print(dfs("a"), dfs("g"))

def components():
    seen, comps = set(), []
    for node in graph:
        if node not in seen:
            comp = dfs(node)
            seen.update(comp)
            comps.append(sorted(comp))
    return comps
print(components())

tasks = {
    "deploy": ["test", "build"],
    "test": ["build"],
    "build": ["fetch", "configure"],
    "configure": ["fetch"],
    "fetch": [],
    "docs": ["configure"],
}
def topo_sort(deps):
    order, state = [], {}
    def visit(n, trail):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            raise ValueError("cycle: " + " -> ".join(trail + [n]))
        state[n] = "active"
        for d in deps[n]:
            visit(d, trail + [n])
        state[n] = "done"
        order.append(n)
    for n in deps:
        visit(n, [])
    return order
print(topo_sort(tasks))
tasks["fetch"] = ["deploy"]
try:
    topo_sort(tasks)
except ValueError as e:
    print("ValueError:", e)

def kahn(deps):
    indeg = {n: len(d) for n, d in deps.items()}
    users = {n: [] for n in deps}
    for n, ds in deps.items():
        for d in ds:
            users[d].append(n)
    ready = deque(sorted(n for n, k in indeg.items() if k == 0))
    out = []
    while ready:
        n = ready.popleft()
        out.append(n)
        for u in users[n]:
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
    return out
tasks["fetch"] = []
print(kahn(tasks))
maze = ["S.#.....", ".##.###.", "....#...", "#.#...#E"]
def solve(maze):
    rows, cols = len(maze), len(maze[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if maze[r][c] == "S")
    dist = {start: 0}
    q = deque([start])
    while q:
        r, c = q.popleft()
        if maze[r][c] == "E":
            return dist[(r, c)]
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and maze[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                q.append((nr, nc))
    return -1
print(solve(maze))
