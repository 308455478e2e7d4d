tests = [lambda: int("12", 2), lambda: int(None), lambda: int("0x10", 10), lambda: int("9", 8), lambda: int(float("inf")), lambda: int(float("nan"))]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
