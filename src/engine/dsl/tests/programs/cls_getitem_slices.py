class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vec(*self.xs[i])
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __delitem__(self, i):
        del self.xs[i]
    def __len__(self):
        return len(self.xs)
    def __repr__(self):
        return f"Vec{tuple(self.xs)}"
v = Vec(1, 2, 3, 4)
print(v[1], v[-1], v[1:3], v[::2])
v[0] = 10
del v[1]
print(v, len(v))
