for a, *rest in [(1, 2, 3), (4, 5)]:
    print(a, rest)
print(*[1, 2], *"ab", sep=",")
print(*(x * x for x in range(4)))
d1 = {"a": 1}
d2 = {"b": 2, "a": 3}
print({**d1, **d2}, {**d2, **d1}, dict(d1, **d2), [*range(3), *"xy"], (*[1], 2))
