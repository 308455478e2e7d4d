print((5).__add__(3), (5).__radd__(3), (2.5).__mul__(2), "ab".__add__("c"), [1].__add__([2]), (7).__floordiv__(2), (1).__add__("x"))
print((10).__sub__(3), (10).__rsub__(3), (2).__pow__(10), (6).__and__(3), (1).__lshift__(4), "%s!".__mod__("hi"), (3).__mul__("ab"))
class Money(int):
    def __add__(self, other):
        return Money(super().__add__(other))
    def __repr__(self):
        return f"Money({int(self)})"
m = Money(5) + 10
print(m, type(m).__name__, Money(1) + Money(2), 3 + Money(4), type(3 + Money(4)).__name__)
class Text(str):
    def __add__(self, other):
        return Text(super().__add__(other).upper())
print(Text("ab") + "cd", type(Text("x") + "y").__name__, "q" + Text("r"))
class Scale(float):
    def __mul__(self, k):
        return Scale(super().__mul__(k))
    def __rmul__(self, k):
        return Scale(super().__rmul__(k))
print(Scale(1.5) * 2, 2 * Scale(1.5), type(2 * Scale(1.5)).__name__)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    [1] + (2,)
except TypeError as e:
    print(e)
print(sum([Money(1), Money(2)]), 10 - Money(3), -Money(2), abs(Money(-4)))
