from collections import namedtuple
T = namedtuple("T", ["a"], module="m.x")
print(T)
U = namedtuple("U", ["a"])
U.__module__ = "m.y"
print(U, U.__module__)
class C: pass
C.__module__ = "z"
print(C)
C.__qualname__ = "Outer.C"
print(C, C.__qualname__, C.__name__)
V = namedtuple("V", "p q", module="pkg.mod")
print(V, V.__module__, V(1, 2))
