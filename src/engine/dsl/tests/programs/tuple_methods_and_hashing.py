t = (1, 2, 2, 3)
print(t.count(2), t.index(2), t.index(3, 1), hash(t) == hash((1, 2, 2, 3)), {t: 1}[(1, 2, 2, 3)], sorted({(2, 1), (1, 2)}))
print(tuple(reversed(t)), t[::-1] == tuple(reversed(t)), (1,) * 3, () == tuple(), (1, 2) + (3,), max(t), t < (1, 3))
