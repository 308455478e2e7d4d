class JsonMixin:
    def to_dict(self):
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}
class Person(JsonMixin):
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self._secret = 1
print(Person("a", 3).to_dict(), [c.__name__ for c in Person.__mro__])
