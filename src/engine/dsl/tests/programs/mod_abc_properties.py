from abc import ABC, abstractmethod, abstractproperty
class Vehicle(ABC):
    wheels = 0
    @property
    @abstractmethod
    def max_speed(self) -> int:
        ...
    @abstractmethod
    def describe(self) -> str:
        return "vehicle"
    def summary(self):
        return f"{self.describe()} with {self.wheels} wheels, max {self.max_speed}"
class Bike(Vehicle):
    wheels = 2
    @property
    def max_speed(self):
        return 40
    def describe(self):
        return "bike (" + super().describe() + ")"
class Car(Vehicle):
    wheels = 4
    def __init__(self, speed):
        self._speed = speed
    @property
    def max_speed(self):
        return self._speed
    @max_speed.setter
    def max_speed(self, v):
        self._speed = v
    def describe(self):
        return "car"
b = Bike()
c = Car(180)
c.max_speed = 200
print(b.summary(), "|", c.summary(), isinstance(c, Vehicle), Vehicle.max_speed.__isabstractmethod__)
class NoSpeed(Vehicle):
    def describe(self):
        return "x"
try:
    NoSpeed()
except TypeError as e:
    print("TypeError:", e)
class Repo(ABC):
    @abstractmethod
    def get(self, key): ...
    @abstractmethod
    def put(self, key, value): ...
    def get_or(self, key, default=None):
        try:
            return self.get(key)
        except KeyError:
            return default
class MemRepo(Repo):
    def __init__(self):
        self.d = {}
    def get(self, key):
        return self.d[key]
    def put(self, key, value):
        self.d[key] = value
r = MemRepo()
r.put("a", 1)
print(r.get("a"), r.get_or("b", "none"), sorted(Repo.__abstractmethods__), MemRepo.__abstractmethods__)
class Legacy(ABC):
    @abstractproperty
    def old(self):
        return 1
try:
    Legacy()
except TypeError as e:
    print("TypeError:", e)
class Mixin:
    def describe(self):
        return "from mixin"
class Hybrid(Mixin, Vehicle):
    @property
    def max_speed(self):
        return 5
print(Hybrid().summary(), [k.__name__ for k in Hybrid.__mro__])
class Again(Car):
    @abstractmethod
    def extra(self): ...
Again(1)
