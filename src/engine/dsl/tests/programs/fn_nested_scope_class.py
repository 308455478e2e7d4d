def f():
    x = 10
    class C:
        y = x + 1
        def m(self):
            return x * 2
    return C
C = f()
print(C.y, C().m())
