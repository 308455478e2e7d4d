class Shape:
    sides = 0
    @classmethod
    def make(cls):
        return cls()
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"
class Tri(Shape):
    sides = 3
print(Tri.make().describe(), Shape.make().describe())
