class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10
    def __contains__(self, x):
        return x == 'magic'
    def __bool__(self):
        return self.n > 0
    def __call__(self, a):
        return a * self.n
s = Seq(3)
print(len(s), s[1], list(s), 'magic' in s, 5 in s, bool(s), bool(Seq(0)), s(7), [x for x in s])
