a = [1, 2]
a.index(3, 0, 1)
