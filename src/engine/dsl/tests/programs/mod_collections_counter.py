from collections import Counter
c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), sorted(c.elements())[:5], len(c), c.total())
c.update("aaz")
print(c.most_common(3))
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc, wc.most_common(1), Counter(a=2, b=1) + Counter(a=1, c=5), Counter())
