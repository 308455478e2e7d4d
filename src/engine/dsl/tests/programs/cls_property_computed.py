class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
    @property
    def dims(self):
        return (self.w, self.h)
r = Rect(3, 4)
print(r.area, r.dims)
r.w = 10
print(r.area)
r.area = 5
