s = slice(1, 5, 2)
print(list(range(10))[s], [1, 2, 3][slice(2)], "hello"[slice(None, None, -1)], s)
