def f():
    global undefined_global
    return undefined_global
f()
