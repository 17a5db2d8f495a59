# Strings: building with join and +=, splitting, replacing, formatting with %, format()
# and f-strings, case changes and searching.


def build_report(n):
    lines = []
    for i in range(n):
        name = "user%d" % (i % 97)
        lines.append(f"{i:6d} | {name:<8} | {i * 3.25:10.2f} | {hex(i)}")
    return "\n".join(lines)


def word_stats(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.replace("|", " ").split():
            key = word.upper() if word.startswith("user") else word.lower()
            counts[key] = counts.get(key, 0) + 1
    return len(counts), max(counts.values())


def concat(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
        if len(s) > 1000:
            s = s[500:]
    return s


def rebuild(n):
    parts = []
    for i in range(n):
        parts.append("{}-{}".format(i, "abc"[i % 3]).center(9, "."))
    joined = ",".join(parts)
    return joined.count("a"), joined.find("99-"), len(joined.split(","))


def main():
    report = build_report(130000)
    stats = word_stats(report)
    tail = concat(600000)
    rebuilt = rebuild(330000)
    return len(report), stats, tail[-12:], rebuilt, report.count("user1")


print(main())
