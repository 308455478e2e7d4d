class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), sorted(Countdown(3)))
class Gen:
    def __iter__(self):
        yield from range(3)
print(list(Gen()), [x * 2 for x in Gen()])
