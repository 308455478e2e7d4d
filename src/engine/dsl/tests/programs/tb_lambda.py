pairs = [(1, 2), (3, 0)]
ratios = list(map(lambda p: p[0] / p[1], pairs))
