print(sorted([3, 1, 2]), sorted("cba"), sorted({3: 'a', 1: 'b'}), list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')]), sorted([-3, 2, -1], key=abs), sorted([1, 2, 3], key=lambda x: 0))
