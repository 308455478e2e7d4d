def g():
    yield 1
x = g()
print(type(x).__name__, repr(x).startswith("<generator object g at 0x"), iter(x) is x, hasattr(x, '__next__'))
