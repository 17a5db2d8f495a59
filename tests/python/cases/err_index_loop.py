# an off-by-one IndexError escaping from a nested helper
def window_sums(values, size):
    sums = []
    for start in range(len(values) - size + 2):
        total = 0
        for offset in range(size):
            total += values[start + offset]
        sums.append(total)
        print("window", start, total)
    return sums

print(window_sums([1, 2, 3, 4, 5], 2))
