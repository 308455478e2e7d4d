tests = [lambda: int("1e3"), lambda: int(""), lambda: float(""), lambda: int("0x"), lambda: "a b".split(None, -2) and int("z", 36) and int("zz", 10), lambda: [].index(0), lambda: "".join([]) or chr(0x110000), lambda: "x".center(3, "ab"), lambda: range(1, 2, 0)]
for t in tests:
    try:
        print(t())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
