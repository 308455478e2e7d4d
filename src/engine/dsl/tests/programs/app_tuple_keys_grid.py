grid = {}
for r in range(3):
    for c in range(3):
        grid[r, c] = r * 3 + c
print(grid[1, 2], grid[(2, 0)], sorted(k for k, v in grid.items() if v % 4 == 0))
neighbors = lambda r, c: [(r + dr, c + dc) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)) if (r + dr, c + dc) in grid]
print(neighbors(0, 0), neighbors(1, 1))
