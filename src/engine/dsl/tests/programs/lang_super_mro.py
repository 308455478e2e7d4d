class A:
    def hello(self):
        return ["A"]
    def __init__(self):
        print("A.init")
class B(A):
    def hello(self):
        return ["B"] + super().hello()
    def __init__(self):
        print("B.init")
        super().__init__()
class C(A):
    def hello(self):
        return ["C"] + super().hello()
    def __init__(self):
        print("C.init")
        super().__init__()
class D(B, C):
    def hello(self):
        return ["D"] + super().hello()
    def __init__(self):
        print("D.init")
        super().__init__()
d = D()
print(d.hello())
print([k.__name__ for k in D.__mro__])
print(D.__bases__, isinstance(d, A), issubclass(D, C), issubclass(C, B))
class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError:", e)
class M1:
    def who(self):
        return "M1"
class M2:
    def who(self):
        return "M2"
class Both(M1, M2):
    def who(self):
        return super(M1, self).who() + "+" + super().who()
print(Both().who())
class Shape:
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)
class Colored:
    def __init__(self, color="red", **kw):
        self.color = color
        super().__init__(**kw)
class Sq(Shape, Colored):
    def __init__(self, side, **kw):
        self.side = side
        super().__init__(**kw)
s = Sq(3, name="sq", color="blue")
print(s.side, s.name, s.color)
class Sing:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
print(Sing(1) is Sing(2), Sing(3).v)
