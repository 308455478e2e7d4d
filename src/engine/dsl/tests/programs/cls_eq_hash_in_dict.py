class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return f"K({self.v})"
d = {K(1): 'one', K(2): 'two'}
print(d[K(1)], K(2) in d, K(3) in d, {K(1), K(1), K(2)})
