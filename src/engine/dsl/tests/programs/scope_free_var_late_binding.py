def make():
    funcs = []
    for i in range(3):
        def f():
            return i
        funcs.append(f)
    return funcs
print([f() for f in make()])
