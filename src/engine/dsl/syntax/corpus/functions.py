def f():
    pass
#=====
def f(a):
    return a
#=====
def f(a, b=1, *args, c, d=2, **kwargs):
    pass
#=====
def f(a, /, b, *, c):
    pass
#=====
def f(a=1, /, b=2, *, c=3):
    pass
#=====
def f(a: int, b: str = 'x') -> bool:
    pass
#=====
def f(*args: int, **kwargs: str) -> None:
    pass
#=====
def f(*, a: int = 1):
    pass
#=====
def f(a,):
    pass
#=====
def f(a, b,):
    pass
#=====
def f(*a,):
    pass
#=====
def f(**k,):
    pass
#=====
def f() -> 'str': pass
#=====
def f(): return 1
#=====
def f(x): return x; pass
#=====
@dec
def f():
    pass
#=====
@dec1
@dec2(arg)
@dec3.attr
def f():
    pass
#=====
@x[0]
def f():
    pass
#=====
@(lambda f: f)
def f():
    pass
#=====
@a.b.c(d)(e)
def f():
    pass
#=====
@x := y
def f():
    pass
#=====
async def f():
    await x
#=====
async def f():
    async for x in y:
        pass
#=====
async def f():
    async with a as b:
        pass
#=====
async def f():
    async for x in y:
        pass
    else:
        pass
#=====
async def f():
    async with a, b as c:
        pass
#=====
@dec
async def f():
    pass
#=====
async def f():
    return [x async for x in y]
#=====
async def f():
    return await x
#=====
def f():
    yield
#=====
def f():
    yield x
#=====
def f():
    yield from x
#=====
def f():
    x = yield
#=====
def f():
    def g():
        nonlocal x
        x = 1
    return g
#=====
def f():
    global x
    x = 1
#=====
class A:
    pass
#=====
class A(B):
    pass
#=====
class A(B, C):
    pass
#=====
class A(B, metaclass=M):
    pass
#=====
class A(*bases, **kw):
    pass
#=====
class A():
    pass
#=====
class A: pass
#=====
@dataclass
class A:
    x: int
    y: int = 0
#=====
class A:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f'A({self.x!r})'
#=====
class A:
    class B:
        pass
#=====
class A:
    x = 1
    def f(self): return self.x
#=====
def f(a, b=lambda: 1, c=[1, 2]):
    pass
#=====
def f(a=(1, 2), *, b={}):
    pass
#=====
def f(
    a,
    b,
):
    pass
#=====
def f(self, *args, **kwargs):
    return super().f(*args, **kwargs)
#=====
def outer():
    x = 0
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
#=====
def f(a, b, /):
    pass
#=====
def f(a, /):
    pass
#=====
def f(a, *, b, **c):
    pass
#=====
def gen():
    for i in range(3):
        yield i
#=====
def f(x: "int" = 1, *y: "tuple", z: 'int' = 2, **w: "dict") -> "None":
    ...
#=====
def f():
    return
#=====
def f():
    """Docstring."""
    return 1
#=====
class A:
    """Doc."""
#=====
def f(*args: *Ts):
    pass
