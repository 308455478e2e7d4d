class Name(str):
    def shout(self):
        return self.upper() + '!'
n = Name('bob')
print(n, n.shout(), len(n), n + 'x', n == 'bob', n.capitalize(), repr(n), type(n).__name__, isinstance(n, str))
print({n: 1}['bob'], 'o' in n, n[0], f"{n:>5}|", '%s' % n, ', '.join([n, n]), n.split('o'), hash(n) == hash('bob'))
class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32
c = Celsius(100)
print(c, c.to_f(), c + 1, type(c + 1).__name__, repr(c), round(c), int(c), c > 50, f"{c:.1f}")
class Money(int):
    def __repr__(self):
        return f"${int(self)}"
    def __add__(self, o):
        return Money(int(self) + int(o))
m = Money(5)
print(m, repr(m), m + 3, repr(m + 3), m * 2, type(m * 2).__name__, m == 5, hash(m) == 5, [m], str(m))
class Flag(int):
    pass
f = Flag(3)
print(f, f + 1, bin(f), f & 1, isinstance(f, int), range(f), [0, 1, 2, 3][f], divmod(f, 2), -f, abs(Flag(-2)))
class U(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(U('abc'), U('abc').lower(), type(U('x')).__name__)
