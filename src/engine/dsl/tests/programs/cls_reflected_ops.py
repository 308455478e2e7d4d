class M:
    def __init__(self, v):
        self.v = v
    def __mul__(self, o):
        return M(self.v * (o.v if isinstance(o, M) else o))
    def __rmul__(self, o):
        return M(self.v * o * 100)
    def __radd__(self, o):
        return o + self.v
    def __neg__(self):
        return M(-self.v)
    def __iadd__(self, o):
        self.v += o
        return self
    def __repr__(self):
        return f"M({self.v})"
m = M(2)
print(m * 3, 3 * m, m * M(5), sum([M(1), M(2)]), -m)
m += 10
print(m)
