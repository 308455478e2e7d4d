d = {}
for w in "the quick brown fox jumps over the lazy dog".split():
    d[w] = d.get(w, 0) + 1
print(d)
for k, v in sorted(d.items(), key=lambda kv: (-kv[1], kv[0])):
    print(k, v)
print(max(d, key=d.get), sorted(d)[:3])
