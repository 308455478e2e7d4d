class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
a, b = Counter(), Counter()
print(Counter.count, a.id, b.id, a.count)
a.count = 99
print(a.count, Counter.count, b.count)
