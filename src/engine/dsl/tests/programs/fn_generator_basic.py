def gen():
    yield 1
    yield 2
    return 3
g = gen()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(list(gen()), sum(gen()))
