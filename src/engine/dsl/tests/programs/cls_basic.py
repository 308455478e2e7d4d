class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
    def dist2(self):
        return self.x ** 2 + self.y ** 2
p = Point(1, 2)
print(p, p + Point(3, 4), p == Point(1, 2), p != Point(0, 0), p.dist2(), {p: 'v'}[Point(1, 2)], str(p))
print(type(p).__name__, type(p), isinstance(p, Point), isinstance(p, object), Point.__name__, Point)
