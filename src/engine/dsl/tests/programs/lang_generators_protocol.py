def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
g = acc()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value)
def catcher():
    while True:
        try:
            yield 1
        except ValueError as e:
            print("caught", e)
            yield "recovered"
c = catcher()
next(c)
print(c.throw(ValueError("boom")))
print(next(c))
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
cl = closing()
print(next(cl))
cl.close()
print("closed")
try:
    next(cl)
except StopIteration:
    print("exhausted")
def inner():
    x = yield 1
    print("inner got", x)
    yield 2
    return "inner-done"
def outer():
    r = yield from inner()
    print("yield from returned", r)
    yield 3
o = outer()
print(next(o), o.send("hello"), next(o))
print(list(outer()))
def gen_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
ge = gen_exit()
next(ge)
ge.close()
def countdown(n):
    while n > 0:
        yield n
        n -= 1
it = countdown(3)
print(iter(it) is it, list(it), list(it))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
ge2 = (x * x for x in range(3))
print(next(ge2), list(ge2))
def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
