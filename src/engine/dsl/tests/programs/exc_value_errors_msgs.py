tests = [lambda: int("4.5"), lambda: float("x"), lambda: [1].index(2), lambda: "abc".index("d"), lambda: max([]), lambda: min([]), lambda: chr(-1), lambda: range(0, 1, 0), lambda: "a".split(""), lambda: (1, 2).index(3)]
for t in tests:
    try:
        t()
    except ValueError as e:
        print(type(e).__name__ + ":", e)
