print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any(x > 2 for x in range(5)), sum([1, 2, 3], 10), sum([0.5, 0.25]))
