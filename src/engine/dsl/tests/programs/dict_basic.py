d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], d.get('z'), d.get('z', 0), 'a' in d, 1 in d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
d.update({'a': 10}, e=5)
print(d, d.pop('b'), d.pop('zz', None), d.setdefault('f', []), d)
print(d.popitem(), d)
del d['a']
print(d, dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict(zip('ab', [1, 2])), dict.fromkeys('ab', 0))
