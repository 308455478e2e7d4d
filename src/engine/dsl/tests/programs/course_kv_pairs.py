data = [("spark", 3), ("flint", 5), ("spark", 4), ("python", 1), ("flint", 1)]
totals = {}
for k, v in data:
    totals[k] = totals.get(k, 0) + v
print(sorted(totals.items()))
print(sorted(totals.items(), key=lambda kv: kv[1], reverse=True))
grouped = {}
for k, v in data:
    grouped.setdefault(k, []).append(v)
print({k: sorted(vs) for k, vs in sorted(grouped.items())})
print(list(map(lambda kv: (kv[0].upper(), kv[1] * 10), data[:2])), list(filter(lambda kv: kv[1] > 2, data)))
