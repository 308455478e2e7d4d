class Animal:
    kind = "animal"
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Animal.registry.append(cls.__name__)
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return f"{self.name} barks"
class Puppy(Dog):
    pass
p = Puppy("rex")
print(p, p.speak(), p.kind, Animal.kind, Animal.registry, Puppy.__name__, Puppy.__qualname__, Puppy.__module__)
print(Puppy.__bases__, Puppy.__mro__, isinstance(p, Animal), type(p).__mro__[1].__name__)
print(vars(p), p.__dict__, hasattr(p, "speak"), getattr(p, "age", "n/a"), [a for a in dir(p) if not a.startswith("_")])
setattr(p, "age", 2)
print(p.age, p.__class__.kind, Dog.speak(p), Animal.speak(p))
delattr(p, "age")
print(hasattr(p, "age"))
Point = type("Point", (), {"x": 0, "norm": lambda self: abs(self.x)})
pt = Point()
pt.x = -3
print(Point.__name__, pt.norm(), type(pt).__name__, isinstance(pt, Point))
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted()
print(s.a, Slotted.__slots__)
class Meta:
    """A documented class."""
    def method(self):
        "method doc"
print(Meta.__doc__, Meta.method.__doc__, Meta().method.__name__, Meta.method.__qualname__)
class Outer:
    class Inner:
        def who(self):
            return type(self).__qualname__
print(Outer.Inner().who(), Outer.Inner.__qualname__)
class WithClassVar:
    items = []
    def add(self, x):
        self.items.append(x)
a1, a2 = WithClassVar(), WithClassVar()
a1.add(1); a2.add(2)
print(WithClassVar.items, a1.items is a2.items)
print(type(int), type(type), type(None), int.__name__, str.__mro__, bool.__bases__, object.__bases__)
