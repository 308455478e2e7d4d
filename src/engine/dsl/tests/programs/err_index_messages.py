tests = [lambda: [][0], lambda: ()[0], lambda: ""[0], lambda: range(3)[5], lambda: [1, 2][-3], lambda: [1]["a"], lambda: (1,)[1.0], lambda: "abc"[None]]
for t in tests:
    try:
        t()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
