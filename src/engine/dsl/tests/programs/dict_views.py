d = {'a': 1, 'b': 2}
k = d.keys()
d['c'] = 3
print(k, len(k), 'c' in k, list(d.values()), [x for x in d.items()])
print(d.keys() == {'a', 'b', 'c'}, dict(d) == d, d.copy() is d, {**d, 'z': 0}, d | {'a': 9})
