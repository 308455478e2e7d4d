class N:
    def __init__(self, v):
        self.v = v
        self.kids = []
    def __repr__(self):
        return f"N({self.v}, {self.kids})"
root = N(1)
root.kids.append(N(2))
root.kids[0].kids.append(N(3))
print(root)
