def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def memo(f):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
def deco_with_args(tag):
    def deco(f):
        def inner(*a, **k):
            return f"<{tag}>{f(*a, **k)}</{tag}>"
        inner.__name__ = f.__name__
        return inner
    return deco
@deco_with_args("b")
@deco_with_args("i")
def hello(name, punct="!"):
    return "hi " + name + punct
print(hello("bob"), hello("al", punct="?"), hello.__name__)
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), list(map(lambda p: p[0] ** 2, pairs)), list(filter(lambda p: p[0] > 1, pairs)))
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, y=4), (lambda: None)(), (lambda x, /, y=2, *, z=3: x + y + z)(1, z=10))
def kwonly(a, *, b, c=3):
    return a + b + c
print(kwonly(1, b=2), kwonly(1, c=0, b=1))
try:
    kwonly(1, 2)
except TypeError as e:
    print(e)
try:
    kwonly(1)
except TypeError as e:
    print(e)
def posonly(a, b, /, c):
    return a, b, c
print(posonly(1, 2, c=3))
try:
    posonly(a=1, b=2, c=3)
except TypeError as e:
    print(e)
def defaults(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(defaults(1, c=3), defaults(1, 5, 6, 7, c=8, e=9))
try:
    defaults(1, 2, c=3, a=4)
except TypeError as e:
    print(e)
counter = (lambda: (lambda n=[0]: n.__setitem__(0, n[0] + 1) or n[0]))()
print(counter(), counter(), counter())
