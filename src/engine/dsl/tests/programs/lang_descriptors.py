class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        print("get")
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("del")
        self._c = None
    @property
    def f(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.f)
try:
    t.f = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(t._c)
print(type(Temp.celsius).__name__, Temp.f.fget.__name__)
class Base:
    count = 0
    @classmethod
    def make(cls, *a):
        cls.count += 1
        return cls(*a)
    @staticmethod
    def helper(x):
        return x * 2
    def __init__(self, *a):
        self.a = a
class Child(Base):
    pass
c = Child.make(1, 2)
print(type(c).__name__, c.a, Child.count, Base.count, Base.helper(4), c.helper(5), Child.helper(6))
print(Base.make().a, Base.count)
class Lazy:
    def __getattr__(self, name):
        return f"<{name}>"
l = Lazy()
l.real = 1
print(l.real, l.missing, getattr(l, "other"), hasattr(l, "anything"))
class Guard:
    def __setattr__(self, k, v):
        print("set", k, v)
        object.__setattr__(self, k, v)
    def __delattr__(self, k):
        print("delete", k)
        object.__delattr__(self, k)
g = Guard()
g.x = 5
print(g.x)
del g.x
print(hasattr(g, "x"))
