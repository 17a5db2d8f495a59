# N-queens: all solutions by backtracking over sets and lists, plus a generator-free
# permutation filter in the style of the classic benchmark.


def solve(n):
    count = 0
    cols = set()
    diag1 = set()
    diag2 = set()
    placement = []

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for col in range(n):
            if col in cols or row + col in diag1 or row - col in diag2:
                continue
            cols.add(col)
            diag1.add(row + col)
            diag2.add(row - col)
            placement.append(col)
            place(row + 1)
            placement.pop()
            cols.discard(col)
            diag1.discard(row + col)
            diag2.discard(row - col)

    place(0)
    return count


def bits(n):
    full = (1 << n) - 1

    def go(cols, left, right):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free -= bit
            total += go(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1)
        return total

    return go(0, 0, 0)


print([solve(n) for n in range(4, 11)])
print(bits(13))
