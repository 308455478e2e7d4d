from functools import reduce
from operator import add
lines = ["to be or not to be", "that is the question", "to be is to do"]
words = [w for line in lines for w in line.split()]
pairs = [(w, 1) for w in words]
counts = {}
for k, v in pairs:
    counts[k] = add(counts.get(k, 0), v)
print(sorted(counts.items(), key=lambda kv: -kv[1])[:3])
total = reduce(add, map(len, lines))
print(total, max(lines, key=len), sorted(set(words)))
lengths = list(map(lambda l: (l, len(l.split())), lines))
print(list(filter(lambda t: t[1] > 4, lengths)))
