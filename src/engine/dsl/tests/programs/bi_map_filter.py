print(list(map(str, [1, 2])), list(map(abs, [-1, 2])), list(filter(lambda x: x % 2, range(10))), list(map(pow, [2, 3], [3, 2])))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
