class Grid:
    def __init__(self, w, h):
        self.cells = [[0] * w for _ in range(h)]
    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y][x]
g = Grid(2, 2)
print(g[1, 1])
print(g[2, 0])
