tests = [lambda: {}["a"], lambda: {}[1], lambda: {}[(1, 2)], lambda: {}[None], lambda: {1: 2}[2.5], lambda: set().pop(), lambda: {}.popitem(), lambda: {1}.remove(2)]
for t in tests:
    try:
        t()
    except KeyError as e:
        print(repr(e), str(e))
