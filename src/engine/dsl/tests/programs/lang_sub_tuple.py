class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def swap(self):
        return Pair(self[1], self[0])
p = Pair(1, 2)
print(p, p.first, p.swap(), len(p), p + (3,), p == (1, 2), hash(p) == hash((1, 2)), type(p).__name__)
a, b = p
print(a, b, isinstance(p, tuple), {p: 1}[(1, 2)], p[::-1], p.count(1), p.index(2))
class Vec(tuple):
    def __add__(self, o):
        return Vec(x + y for x, y in zip(self, o))
    def __repr__(self):
        return 'Vec' + tuple.__repr__(self)
v = Vec([1, 2]) + Vec([10, 20])
print(v, type(v).__name__, sorted([Vec((2, 1)), Vec((1, 5))]))
class P3(tuple):
    __slots__ = ()
    def __str__(self):
        return 'P3!'
print(P3((1,)), repr(P3((1, 2))), str(P3()), [P3((4,))])
