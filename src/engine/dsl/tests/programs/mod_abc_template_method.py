from abc import ABC, abstractmethod
class Report(ABC):
    def render(self, data):
        parts = [self.header(), *[self.row(k, v) for k, v in sorted(data.items())], self.footer(len(data))]
        return "\n".join(p for p in parts if p)
    @abstractmethod
    def header(self): ...
    @abstractmethod
    def row(self, key, value): ...
    def footer(self, n):
        return f"({n} rows)"
class TextReport(Report):
    def header(self):
        return "KEY   VALUE"
    def row(self, key, value):
        return f"{key:<5} {value}"
class CsvReport(Report):
    def header(self):
        return "key,value"
    def row(self, key, value):
        return f"{key},{value}"
    def footer(self, n):
        return ""
data = {"b": 2, "a": 1, "c": 3}
for cls in (TextReport, CsvReport):
    print(cls().render(data))
class Counter(ABC):
    count = 0
    def __init__(self):
        type(self).count += 1
    @classmethod
    @abstractmethod
    def kind(cls): ...
class A(Counter):
    @classmethod
    def kind(cls):
        return "A" + str(cls.count)
A(); A()
print(A.kind(), A.count, Counter.count)
class Comparable(ABC):
    @abstractmethod
    def key(self): ...
    def __lt__(self, other):
        return self.key() < other.key()
    def __eq__(self, other):
        return self.key() == other.key()
class Item(Comparable):
    def __init__(self, name, price):
        self.name, self.price = name, price
    def key(self):
        return self.price
    def __repr__(self):
        return self.name
items = [Item("pen", 2), Item("book", 12), Item("cup", 5)]
print(sorted(items), min(items), Item("x", 1) == Item("y", 1), Comparable.__hash__)
try:
    Comparable()
except TypeError as e:
    print("TypeError:", e)
class Report2(Report):
    def header(self):
        return "h"
Report2()
