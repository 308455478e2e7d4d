def f(x):
    return x + "a"
def g(d):
    return d["k"] * 2
def m(a, b):
    return f(a) + g(b)
print("start")
m(1, {})
