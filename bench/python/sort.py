# The built-in sort: ints, floats, strings, tuples, key functions, reverse, stability,
# and sorted() over records, plus min/max with keys.


class Record:
    def __init__(self, name, age, score):
        self.name = name
        self.age = age
        self.score = score


def rand(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x >> 8)
    return out


def main():
    results = []
    ints = rand(300000, 1)
    results.append(sorted(ints)[1000])
    floats = [x / 7.0 for x in rand(200000, 2)]
    floats.sort(reverse=True)
    results.append(round(floats[500], 3))
    strs = ["w%d" % x for x in rand(150000, 3)]
    strs.sort()
    results.append(strs[777])
    pairs = [(x % 100, x) for x in rand(150000, 4)]
    pairs.sort()
    results.append(pairs[12345])
    records = [Record("n%d" % (x % 1000), x % 90, x % 1013) for x in rand(120000, 5)]
    records.sort(key=lambda r: r.score)
    records.sort(key=lambda r: r.age)
    results.append((records[0].name, records[-1].name, records[60000].score))
    by_name = sorted(records, key=lambda r: (r.name, -r.score))
    results.append(by_name[100].name)
    words = ["w%d" % (x % 5000) for x in rand(150000, 6)]
    results.append(sorted(words, key=len)[-1])
    results.append(sorted(words, key=str.lower, reverse=True)[3])
    results.append(max(records, key=lambda r: (r.score, r.age)).name)
    results.append(min(ints, key=lambda v: v % 1000003))
    return results


print(main())
