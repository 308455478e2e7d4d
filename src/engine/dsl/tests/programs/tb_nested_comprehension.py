matrix = [[1, 2], [3, 0]]
inverted = [[1 / v for v in row] for row in matrix]
