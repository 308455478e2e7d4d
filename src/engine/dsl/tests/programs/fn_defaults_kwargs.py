def f(a, b=2, *args, c=3, d, **kw):
    return (a, b, args, c, d, kw)
print(f(1, d=4))
print(f(1, 2, 3, 4, d=5, e=6))
print(f(*[1, 2], **{'d': 7, 'z': 8}))
def g(x, /, y, *, z):
    return x + y + z
print(g(1, 2, z=3), g(1, y=2, z=3))
