print(True + 1, False - 1, True / 2, True // 1, -True, ~True, True & False, True | False, True ^ True)
print(type(True & False).__name__, type(True + 0).__name__, isinstance(True, int), bool(0.0), bool(-1))
