tests = [lambda: 1 + "a", lambda: [] + (), lambda: len(5), lambda: 5(), lambda: None.x, lambda: {}[[]], lambda: 1 < "a", lambda: -"a", lambda: [1][:"a"], lambda: iter(5), lambda: "a" * "b", lambda: abs("x"), lambda: int([])]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
