t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2, 2 in t, t.index(3), t.count(1), (), (1,), tuple([1, 2]))
print(t == (1, 2, 3), t < (1, 2, 4), (1, 2) < (1, 2, 3), hash(t) == hash((1, 2, 3)), max((3, 1), (2, 5)))
x = 1, 2
print(type(x).__name__, x)
