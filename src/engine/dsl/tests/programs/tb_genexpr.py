total = sum(x // (x - 2) for x in range(5))
