class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __iter__(self):
        yield self.a
        yield self.b
x, y = Pair(1, 2)
print(x, y, list(Pair("p", "q")), dict([Pair("k", "v")]), tuple(Pair(0, 0)), max(Pair(3, 9)), "q" in Pair("p", "q"))
