class Path(str):
    def join(self, *parts):
        return Path("/".join([self, *parts]))
    @property
    def name(self):
        return self.split("/")[-1]
p = Path("usr").join("lib", "x.py")
print(p, type(p).__name__, p.name, p.endswith(".py"), p.upper(), isinstance(p, str), p + "!", len(p))
class Bag(dict):
    def __missing__(self, k):
        return 0
    def add(self, k):
        self[k] += 1
        return self
b = Bag()
b.add("x").add("y").add("x")
print(b, b["zzz"], len(b), sorted(b), "zzz" in b, dict(b), b == {"x": 2, "y": 1}, list(b.items()))
class Matrix(list):
    @classmethod
    def zeros(cls, n):
        return cls([[0] * n for _ in range(n)])
    def transpose(self):
        return Matrix(map(list, zip(*self)))
m = Matrix([[1, 2], [3, 4]])
print(m.transpose(), Matrix.zeros(2), type(m.transpose()).__name__, m[1][0], len(m))
class Frozen(frozenset):
    def describe(self):
        return f"{len(self)} items"
f = Frozen([1, 2, 2])
print(f.describe(), 1 in f, f | {3}, sorted(f), isinstance(f, frozenset))
class Uniq(set):
    def add_all(self, xs):
        for x in xs:
            self.add(x)
u = Uniq()
u.add_all([3, 1, 3])
print(sorted(u), len(u), type(u).__name__, 3 in u)
class Temp(float):
    def __str__(self):
        return f"{float(self):.1f}°"
t = Temp(21.456)
print(t, str(t), repr(t), t + 1, t * 2, round(t, 1), t > 20, f"{t:.2f}", [t])
class Id(int):
    def __repr__(self):
        return f"Id#{int(self)}"
ids = [Id(3), Id(1), Id(2)]
print(sorted(ids), max(ids), sum(ids), ids[0] + ids[1], {Id(1): "one"}[1], Id(5) // 2, Id(7) % 3, hex(Id(255)))
class Pt(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
    def __add__(self, o):
        return Pt(self.x + o.x, self.y + o.y)
print(Pt(1, 2) + Pt(3, 4), Pt(1, 2).x, Pt(5, 6) == (5, 6), len({Pt(1, 1), (1, 1)}))
