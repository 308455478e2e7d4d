tests = [lambda: 1 + None, lambda: "a" - "b", lambda: [] * [], lambda: {} + {}, lambda: 1 / "2", lambda: None ** 2, lambda: 3 % [], lambda: 1 << 1.5, lambda: ~1.5, lambda: -None, lambda: +"x", lambda: (1,) + [2], lambda: [1] + (2,)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
