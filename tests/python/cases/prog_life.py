# Conway's game of life on a small torus, with a set of live cells and a grid renderer
def parse(pattern):
    cells = set()
    for r, line in enumerate(pattern.strip().splitlines()):
        for c, ch in enumerate(line):
            if ch == "#":
                cells.add((r, c))
    return cells

def step(cells, rows, cols):
    counts = {}
    for r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % rows, (c + dc) % cols)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in cells)}

def render(cells, rows, cols):
    return "\n".join("".join("#" if (r, c) in cells else "." for c in range(cols)) for r in range(rows))

glider = parse("""
.#.
..#
###
""")
rows, cols = 6, 6
cells = glider
for gen in range(5):
    print("generation", gen, "population", len(cells))
    print(render(cells, rows, cols))
    cells = step(cells, rows, cols)
blinker = parse("###")
b1 = step({(r + 1, c) for r, c in blinker}, 3, 3)
print(sorted(b1), step(b1, 3, 3) == {(r + 1, c) for r, c in blinker})
block = parse("##\n##")
print(step(block, 5, 5) == block)
history = []
cells = parse("""
.....
..#..
..#..
..#..
.....
""")
for _ in range(6):
    frozen = frozenset(cells)
    if frozen in history:
        print("period", len(history) - history.index(frozen))
        break
    history.append(frozen)
    cells = step(cells, 5, 5)
