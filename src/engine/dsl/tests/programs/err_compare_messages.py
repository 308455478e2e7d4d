tests = [lambda: 1 < "a", lambda: [] > {}, lambda: None >= 0, lambda: (1, 2) < (1, "a"), lambda: {1} < [1], lambda: object() <= object()]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
