def g():
    x = yield 1
    yield x
it = g()
it.send(5)
