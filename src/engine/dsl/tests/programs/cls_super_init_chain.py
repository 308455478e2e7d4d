class Base:
    def __init__(self, name):
        self.name = name
        print("Base init", name)
class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
        print("Child init", age)
c = Child("kid", 5)
print(c.name, c.age, isinstance(c, Base))
class GrandChild(Child):
    pass
g = GrandChild("g", 1)
print(type(g).__mro__[1].__name__)
