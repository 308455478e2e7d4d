class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return self + o
    def __mul__(self, k):
        return V(self.x * k)
    __rmul__ = __mul__
    def __sub__(self, o):
        return V(self.x - o.x)
    def __rsub__(self, o):
        return V(o - self.x)
    def __neg__(self):
        return V(-self.x)
    def __abs__(self):
        return V(abs(self.x))
    def __iadd__(self, o):
        print("iadd")
        self.x += o
        return self
    def __truediv__(self, o):
        return V(self.x / o)
    def __floordiv__(self, o):
        return V(self.x // o)
    def __mod__(self, o):
        return V(self.x % o)
    def __pow__(self, o):
        return V(self.x ** o)
    def __rpow__(self, o):
        return V(o ** self.x)
    def __and__(self, o):
        return V(self.x & o)
    def __or__(self, o):
        return V(self.x | o)
    def __lshift__(self, o):
        return V(self.x << o)
    def __invert__(self):
        return V(~self.x)
a = V(3)
print(a + V(4), a + 1, 1 + a, a * 2, 2 * a, a - V(1), 10 - a, -a, abs(V(-5)))
print(a / 2, a // 2, a % 2, a ** 2, 2 ** a, a & 1, a | 4, a << 2, ~a)
print(sum([V(1), V(2)], V(0)), sum([V(1), V(2)]))
b = a
b += 10
print(a, b, a is b)
try:
    a + "s"
except TypeError as e:
    print(e)
try:
    "s" + a
except TypeError as e:
    print(e)
class W(V):
    def __radd__(self, o):
        print("W.radd first")
        return W(99)
print(V(1) + W(2))
