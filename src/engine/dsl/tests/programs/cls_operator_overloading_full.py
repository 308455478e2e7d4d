class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        return Money(self.c + (o.c if isinstance(o, Money) else o))
    __radd__ = __add__
    def __sub__(self, o):
        return Money(self.c - o.c)
    def __mul__(self, k):
        return Money(self.c * k)
    def __truediv__(self, k):
        return Money(self.c / k)
    def __floordiv__(self, k):
        return Money(self.c // k)
    def __mod__(self, k):
        return Money(self.c % k)
    def __lt__(self, o):
        return self.c < o.c
    def __eq__(self, o):
        return self.c == o.c
    def __repr__(self):
        return f"${self.c}"
    def __bool__(self):
        return self.c != 0
    def __abs__(self):
        return Money(abs(self.c))
    def __neg__(self):
        return Money(-self.c)
m = Money(10)
print(m + m, m + 5, 5 + m, m - Money(3), m * 3, m / 4, m // 3, m % 3, sum([m, m, m]), sorted([Money(3), m, Money(1)]))
print(bool(Money(0)), abs(Money(-4)), -m, m == Money(10), m != Money(1), max(Money(1), Money(7)))
