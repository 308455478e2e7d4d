from functools import reduce
nums = [1, 2, 0, 4]
inverses = list(map(lambda n: 1 / n, nums))
