class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    def __str__(self):
        return f"{self.y:04d}-{self.m:02d}-{self.d:02d}"
    def __repr__(self):
        return f"Date({self.y}, {self.m}, {self.d})"
d = Date.from_string("2024-3-7")
print(d, repr(d), [d], f"{d}", str(d) == format(d))
