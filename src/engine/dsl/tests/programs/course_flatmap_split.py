lines = ["a b c", "b c", "c"]
flat = [w for l in lines for w in l.split()]
print(flat, len(flat), sorted(set(flat)), [(w, flat.count(w)) for w in sorted(set(flat))])
print(list(map(lambda l: l.split(), lines)), [len(l) for l in lines], sum(map(len, lines)))
