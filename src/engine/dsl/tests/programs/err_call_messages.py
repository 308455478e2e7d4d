def f(a, b, *, c):
    pass
class K:
    def __init__(self, x):
        pass
    def m(self):
        pass
tests = [lambda: f(1), lambda: f(1, 2), lambda: f(1, 2, 3), lambda: f(1, 2, c=3, d=4), lambda: K(), lambda: K(1, 2), lambda: K(1).m(2), lambda: (lambda: 0)(1), lambda: (lambda x, y=1: 0)(), lambda: f(1, b=2, a=3, c=1)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
