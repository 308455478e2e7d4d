print(max(3, 1, 2), min([4, 2, 8]), max("abc"), max([1, 2], key=lambda x: -x), min([], default='empty'), max([(1, 'b'), (1, 'a')]))
print(max([3, 1, 2], key=str), min(["aa", "b"], key=len), max(range(10), key=lambda x: x % 7))
