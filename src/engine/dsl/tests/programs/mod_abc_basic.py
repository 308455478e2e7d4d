from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        pass
    @abstractmethod
    def perimeter(self):
        pass
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Half(Shape):
    def area(self):
        return 1
r = Rect(2, 3.5)
print(r.area(), r.perimeter(), r.describe(), isinstance(r, Shape), isinstance(r, ABC), issubclass(Rect, Shape))
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Rect.__abstractmethods__))
print(Shape.area.__isabstractmethod__, hasattr(Rect.area, "__isabstractmethod__"))
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
class Base(ABC):
    @property
    @abstractmethod
    def name(self):
        ...
    @classmethod
    @abstractmethod
    def make(cls):
        ...
    @staticmethod
    @abstractmethod
    def helper():
        ...
class Impl(Base):
    @property
    def name(self):
        return "impl"
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper():
        return 42
print(Impl.make().name, Impl.helper(), sorted(Base.__abstractmethods__))
class Partial(Base):
    @property
    def name(self):
        return "p"
try:
    Partial()
except TypeError as e:
    print("TypeError:", e)
class Plain(ABC):
    def hello(self):
        return "hi"
print(Plain().hello(), Plain.__abstractmethods__ == frozenset())
class WithSuper(Rect):
    def area(self):
        return super().area() * 10
print(WithSuper(1, 2).describe())
Shape()
