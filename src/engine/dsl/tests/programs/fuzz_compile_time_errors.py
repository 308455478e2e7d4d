for src in ['break', 'continue', 'x = 1\nyield x', 'return 5', 'def f(a, c, c): pass', 'class A:\n    return 1',
            '[(yield) for x in y]', 'def f():\n    for x in y:\n        def g():\n            break',
            'for x in y:\n    pass\nelse:\n    continue', 'lambda a, a: 0', 'while 1:\n    class B:\n        break']:
    try:
        exec(src)
    except SyntaxError as e:
        print(e.args[0], e.lineno, e.offset)
print("  lead".lstrip("l "), "x".strip(None))
try:
    "  lead".lstrip(7)
except TypeError as e:
    print(e)
try:
    "a".rstrip([1])
except TypeError as e:
    print(e)
def g():
    for i in range(3):
        try:
            continue
        finally:
            print("fin", i)
    yield 1
print(list(g()))
for src in ['nonlocal x', 'def f():\n    nonlocal x', 'def f():\n    x = 1\n    def g():\n        nonlocal x\n        x += 1\n    g()\n    return x\nprint(f())',
            'def f():\n    x = 1\n    class C:\n        def m(self):\n            nonlocal x\n            x = 2\n    return C', 'class C:\n    x = 1\n    def m(self):\n        nonlocal x',
            'def f():\n    global x\n    def g():\n        nonlocal x', 'def f(x):\n    return lambda: [x for _ in "a"]\nprint(f(3)())',
            'def outer():\n    def mid():\n        nonlocal x\n        x += 1\n    mid()\n']:
    try:
        exec(src)
    except SyntaxError as e:
        print(e.args[0], e.lineno, e.offset)
