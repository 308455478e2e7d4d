class N:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > (o.v if isinstance(o, N) else o)
print(5 < N(10), N(3) > 1, sorted([N(2), N(1)], key=lambda n: n.v)[0].v)
