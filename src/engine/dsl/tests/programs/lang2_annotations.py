import typing
from typing import NamedTuple
class A:
    "doc"
    x: int
    y: str = "a"
    if False:
        z: float
    def f(self):
        q: int = 3
        return q
print(list(k for k in A.__dict__ if not k.startswith('__') or k in ('__annotations__', '__doc__')), A.__annotations__, A().f(), A.y)
class B: pass
print("__annotations__" in B.__dict__)
v: int = 5
w: "list[int]"
print(__annotations__, v)
class P(NamedTuple):
    x: int
    y: str = 'a'
p = P(1)
print(p, p.x, p.y, P(2, 'b'), p._asdict(), P._fields, P.__annotations__)
class Q(typing.NamedTuple):
    a: float
    def double(self):
        return self.a * 2
print(Q(1.5).double(), Q(a=2.0), isinstance(Q(1.0), tuple))
x, y = P(3, 'z')
print(x, y)
class C:
    a: int
    try:
        b: str = 'x'
    finally:
        pass
    for i in range(1):
        c: float
    (d): int = 4
print(C.__annotations__, C.d)
def g():
    u: undefined_name_never_evaluated = 1
    return u
print(g())
class D(C):
    e: bool
print(D.__annotations__, C.__annotations__)
