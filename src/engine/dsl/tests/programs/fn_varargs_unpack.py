def f(*args):
    return len(args), args
print(f(), f(1), f(*range(3)), f(*"ab", *[1]))
def g(a, b, c):
    return a * 100 + b * 10 + c
print(g(*[1, 2], 3), g(**{'a': 1, 'b': 2, 'c': 3}), g(1, *(2, 3)))
