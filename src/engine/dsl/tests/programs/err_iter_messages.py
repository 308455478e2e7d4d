tests = [lambda: iter(1), lambda: list(None), lambda: [x for x in 5], lambda: next([]), lambda: sum(1), lambda: max(3), lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: sorted(1)]
for t in tests:
    try:
        t()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
