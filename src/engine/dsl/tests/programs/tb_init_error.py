class Point:
    def __init__(self, x, y):
        self.x = float(x)
        self.y = float(y)
points = [Point(1, 2), Point("3", "four")]
