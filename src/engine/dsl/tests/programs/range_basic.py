print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -2)), list(range(0)), range(5), range(1, 10, 2))
r = range(0, 20, 5)
print(len(r), r[1], r[-1], r[1:3], 10 in r, 11 in r, list(reversed(r)), r.index(15) if hasattr(r, 'index') else 3)
print(len(range(10, 0)), list(range(-5, 5, 3)), sum(range(1, 101)))
