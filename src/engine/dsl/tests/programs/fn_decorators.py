def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def add(a, b):
    return a + b
print(add(2, 3))
def repeat(n):
    def d(fn):
        def w(x):
            return [fn(x) for _ in range(n)]
        return w
    return d
@repeat(3)
def sq(x):
    return x * x
print(sq(4))
