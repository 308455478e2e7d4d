a, b, c = [1, 2, 3]
print(a, b, c)
a, *rest = [1, 2, 3, 4]
print(a, rest)
*init, last = "abcd"
print(init, last)
first, *mid, end = range(5)
print(first, mid, end)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
a, b = b, a
print(a, b)
