class Bag:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
b = Bag(1, 2, 3)
print(2 in b, 5 in b, list(b), sorted(b, reverse=True), max(b), sum(b), dict.fromkeys(b))
