tests = [lambda: len(), lambda: len(1, 2), lambda: abs(), lambda: isinstance(1), lambda: sorted(), lambda: range(), lambda: chr(), lambda: divmod(1), lambda: getattr(1), lambda: ord("ab"), lambda: hex(1.5), lambda: int(1, 2), lambda: list(1, 2), lambda: print(sep=1)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
