print(sum([0.1] * 10), sum(range(101)), sum([1, 2.5]), sum([[1], [2]], []), sum((), 10))
