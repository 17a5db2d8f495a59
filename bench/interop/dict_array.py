# The dict/array workload, mono-language Python (dict_array.php's twin).
def workload(rounds):
    total = 0
    for r in range(rounds):
        counts = {}
        for i in range(2000):
            word = "w" + str((i * 7 + r) % 97)
            counts[word] = counts.get(word, 0) + 1
        for word in counts:
            if counts[word] > 20:
                total += counts[word]
    return total


print(workload(200))
