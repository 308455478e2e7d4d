grid = {(x, y): x * y for x in range(3) for y in range(3) if x != y}
print(grid)
inv = {v: k for k, v in {'a': 1, 'b': 2}.items()}
print(inv, {k: [i for i in range(k)] for k in range(3)})
