def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
g = acc()
print(next(g), g.send(5), g.send(10))
def inner():
    r = yield 1
    yield r
    return 'done'
def outer():
    v = yield from inner()
    yield v
print(list(outer()))
o = outer()
print(next(o), o.send('sent'), next(o))
