# Dicts and sets: word counting, grouping, inverted indexes, set algebra and membership,
# with str, int and tuple keys.


def words(n):
    syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi"]
    out = []
    x = 7
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(syllables[x >> 28] + syllables[(x >> 20) % 8] + syllables[(x >> 12) % 8])
    return out


def main():
    ws = words(500000)
    counts = {}
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    by_first = {}
    for w, c in counts.items():
        by_first.setdefault(w[:2], []).append(c)
    index = {}
    for i, w in enumerate(ws[:50000]):
        if w not in index:
            index[w] = set()
        index[w].add(i % 1000)
    seen = set()
    repeats = 0
    for w in ws:
        if w in seen:
            repeats += 1
        else:
            seen.add(w)
    grid = {}
    for i in range(300):
        for j in range(300):
            grid[i, j] = (i * j) % 11
    diagonal = sum(grid[i, i] for i in range(300))
    evens = {k for k, v in grid.items() if v % 2 == 0}
    odds = set(grid) - evens
    common = set(range(0, 100000, 3)) & set(range(0, 100000, 5))
    numbers = {}
    for i in range(500000):
        numbers[i * 7 % 100003] = i
    hits = 0
    for i in range(500000):
        if i in numbers:
            hits += 1
    return (len(counts), max(counts.values()), sorted(by_first)[:3], len(index),
            repeats, diagonal, len(evens), len(odds), len(common), hits)


print(main())
