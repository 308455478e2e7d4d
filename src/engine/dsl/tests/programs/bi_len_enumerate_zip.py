print(len([1, 2]), len("abc"), len({}), len(range(5)), len((1,)), len({1, 2}))
print(list(enumerate("ab")), list(enumerate("ab", 1)), list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
print(dict(enumerate("xyz")), [i * c for i, c in enumerate("abc")])
print(list(zip(*[(1, 'a'), (2, 'b')])))
