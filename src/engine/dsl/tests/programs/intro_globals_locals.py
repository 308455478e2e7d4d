x = 1
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(5), "x" in globals(), globals()["x"], type(globals()).__name__)
print(eval("x + 41"), eval("[i * 2 for i in range(3)]"), eval("len('abc') * 2"))
exec("y = x * 100\nprint('exec ran', y)")
print(y)
ns = {"k": 3}
exec("k = k * 7", ns)
print(ns["k"], eval("k + 1", ns))
class C:
    a = 1
    b = 2
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names, vars(C())  == {})
