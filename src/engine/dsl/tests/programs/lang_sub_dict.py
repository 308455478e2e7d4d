class Default(dict):
    def __missing__(self, key):
        print("missing", key)
        return key * 2
d = Default(a=1)
print(d['a'], d['bc'], d, 'bc' in d, d.get('zz'), len(d))
class Counter2(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter2()
for w in "a b a c b a".split():
    c[w] += 1
print(c, sorted(c.items()), type(c).__name__, isinstance(c, dict))
class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
    def __setattr__(self, k, v):
        self[k] = v
ad = AttrDict(x=1)
ad.y = 2
print(ad.x, ad.y, ad, dict(ad), list(ad.keys()))
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u['a'] = 1
u['b'] = 2
print(u, u == {'A': 1, 'B': 2}, {**u}, u.copy(), type(u.copy()).__name__)
class Plain(dict):
    pass
p = Plain({1: 2})
p.extra = 'x'
print(p, p.extra, repr(p), p.items(), list(p.values()))
class R(dict):
    def __repr__(self):
        return 'R' + super().__repr__()
print(R(a=1), [R(b=2)], str(R()))
print(Default.__mro__)
d2 = Default()
try:
    print(d2.pop('nope'))
except KeyError as e:
    print('KeyError', e)
