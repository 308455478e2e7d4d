x = "global"
def f():
    global x
    x = "changed"
    y = 1
    def g():
        nonlocal y
        y += 1
        return y
    g(); g()
    return y
print(f(), x)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
def late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late())
def early():
    return [(lambda i=i: i)() for i in range(3)]
print(early())
def unbound():
    print(z)
    z = 1
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
if (n := len("hello")) > 3:
    print("walrus", n)
data = [1, 5, 2, 8]
print([y for v in data if (y := v * 2) > 4], y)
while (chunk := data.pop()) != 5:
    print("chunk", chunk)
def outer():
    v = "enclosing"
    class Inner:
        v = "class"
        def m(self):
            return v
    return Inner().m(), Inner.v
print(outer())
print(globals()["x"], "f" in globals(), sorted(k for k in locals() if not k.startswith("__"))[:5])
def defaults(a, b=[]):
    b.append(a)
    return b
print(defaults(1), defaults(2))
