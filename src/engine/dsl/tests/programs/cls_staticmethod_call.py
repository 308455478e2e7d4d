class U:
    @staticmethod
    def add(a, b):
        return a + b
    factor = 2
    @classmethod
    def scale(cls, x):
        return x * cls.factor
print(U.add(1, 2), U().add(3, 4), U.scale(5), U().scale(6))
