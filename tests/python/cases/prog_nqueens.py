# n-queens with backtracking and generators, plus a sudoku-ish constraint solver
def queens(n):
    cols = [0] * n
    used_cols = set()
    diag1 = set()
    diag2 = set()
    def place(row):
        if row == n:
            yield tuple(cols)
            return
        for c in range(n):
            if c in used_cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols[row] = c
            used_cols.add(c)
            diag1.add(row - c)
            diag2.add(row + c)
            yield from place(row + 1)
            used_cols.discard(c)
            diag1.discard(row - c)
            diag2.discard(row + c)
    return place(0)

for n in range(1, 8):
    print(n, sum(1 for _ in queens(n)))
first = next(queens(8))
print(first)
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(8)))
six = list(queens(6))
print(six)
def is_valid(sol):
    n = len(sol)
    return all(sol[i] != sol[j] and abs(sol[i] - sol[j]) != j - i for i in range(n) for j in range(i + 1, n))
print(all(is_valid(s) for s in six), is_valid((0, 1, 2)))

def subset_sum(nums, target):
    found = []
    def search(i, chosen, total):
        if total == target:
            found.append(list(chosen))
            return
        if i == len(nums) or total > target:
            return
        chosen.append(nums[i])
        search(i + 1, chosen, total + nums[i])
        chosen.pop()
        search(i + 1, chosen, total)
    search(0, [], 0)
    return found
print(subset_sum([3, 34, 4, 12, 5, 2], 9))

def solve_latin(n, grid):
    cells = [(r, c) for r in range(n) for c in range(n) if grid[r][c] == 0]
    def ok(r, c, v):
        return all(grid[r][k] != v for k in range(n)) and all(grid[k][c] != v for k in range(n))
    def go(idx):
        if idx == len(cells):
            return True
        r, c = cells[idx]
        for v in range(1, n + 1):
            if ok(r, c, v):
                grid[r][c] = v
                if go(idx + 1):
                    return True
                grid[r][c] = 0
        return False
    return go(0)
puzzle = [[1, 0, 0, 0], [0, 0, 3, 0], [0, 4, 0, 0], [0, 0, 0, 2]]
print(solve_latin(4, puzzle))
for row in puzzle:
    print(row)
