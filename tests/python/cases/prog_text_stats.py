# text statistics with collections.Counter, defaultdict, namedtuple
from collections import Counter, defaultdict, namedtuple, OrderedDict, deque

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

words = [w.strip(",.").lower() for w in TEXT.split()]
counts = Counter(words)
print(len(words), len(counts))
print(counts.most_common(5))
print(counts["was"], counts["missing"], counts["it"] + counts["the"])
letters = Counter(ch for ch in TEXT.lower() if ch.isalpha())
print(letters.most_common(3), sum(letters.values()))
c1 = Counter("abracadabra")
c2 = Counter("alakazam")
print(sorted((c1 + c2).items()), sorted((c1 - c2).items()), sorted((c1 & c2).items()), sorted((c1 | c2).items()))
c1.update("aaa")
c1.subtract({"b": 5})
print(c1["a"], c1["b"], sorted(c1.elements())[:8])
by_length = defaultdict(list)
for w in sorted(set(words)):
    by_length[len(w)].append(w)
for length in sorted(by_length):
    print(length, by_length[length])
first_letter = defaultdict(int)
for w in words:
    first_letter[w[0]] += 1
print(sorted(first_letter.items()))
WordInfo = namedtuple("WordInfo", ["word", "count", "first_index"])
infos = []
for w in counts:
    infos.append(WordInfo(w, counts[w], words.index(w)))
infos.sort(key=lambda i: (-i.count, i.first_index))
for info in infos[:4]:
    print(info, info.word, info[1])
top = infos[0]
print(top._asdict() if hasattr(top, "_asdict") else None, top._replace(count=0))
word, count, idx = top
print(word, count, idx)
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(3))
window = deque(maxlen=3)
for w in words[:6]:
    window.append(w)
    print(list(window))
od = OrderedDict()
for w in words:
    od[w] = od.get(w, 0) + 1
od.move_to_end("it")
print(list(od)[:4], list(od)[-1])
lines = TEXT.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20])
avg = sum(len(w) for w in words) / len(words)
print("average word length %.3f" % avg)
hist = Counter(len(w) for w in words)
for length in sorted(hist):
    print("%2d %s" % (length, "*" * hist[length]))
