import abc
class Animal(abc.ABC):
    def __init__(self, name):
        self.name = name
    @abc.abstractmethod
    def sound(self):
        raise NotImplementedError
    def speak(self):
        return f"{self.name} says {self.sound()}"
class Dog(Animal):
    def sound(self):
        return "woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
print(Dog("rex").speak(), Puppy("bit", 1).speak(), Puppy("bit", 1).age)
class Robot:
    def sound(self):
        return "beep"
print(isinstance(Robot(), Animal))
Animal.register(Robot)
print(isinstance(Robot(), Animal), isinstance(3, Animal))
@Animal.register
class Cat:
    pass
print(isinstance(Cat(), Animal), Cat.__name__)
class Plugin(abc.ABC):
    registry = []
    @abc.abstractmethod
    def run(self, x):
        ...
class Double(Plugin):
    def run(self, x):
        return 2 * x
class Square(Plugin):
    def run(self, x):
        return x * x
plugins = [Double(), Square()]
print([p.run(5) for p in plugins], [type(p).__name__ for p in plugins])
class Mid(Plugin):
    pass
class Leaf(Mid):
    def run(self, x):
        return -x
print(Leaf().run(3), sorted(Mid.__abstractmethods__), len(Leaf.__abstractmethods__))
class Err(abc.ABC, Exception):
    pass
try:
    raise Err("boom")
except Err as e:
    print("caught", e, isinstance(e, Exception))
def make():
    class Local(abc.ABC):
        @abc.abstractmethod
        def f(self): ...
        @abc.abstractmethod
        def g(self): ...
        @abc.abstractmethod
        def h(self): ...
    return Local
try:
    make()()
except TypeError as e:
    print(e)
print(abc.ABCMeta.__name__, abc.ABC.__name__, abc.abstractmethod.__name__)
Mid()
