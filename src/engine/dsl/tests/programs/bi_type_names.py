for v in [1, 1.0, "", [], (), {}, set(), frozenset(), None, True, range(1), len, print, lambda: 0, 2**80]:
    print(type(v).__name__)
