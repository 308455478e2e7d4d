from typing import NamedTuple, List, Optional
import typing
Point = NamedTuple("Point", [("x", float), ("y", float)])
a = Point(1.0, 2.0)
b = Point(x=3, y=-1)
print(a, b, a + b, a.x + b.y, Point._fields, Point.__annotations__)
print(a._asdict(), a._replace(y=10), Point._make([5, 6]), a == (1.0, 2.0), isinstance(a, tuple), len(a))
x, y = b
print(x, y, b[0], b[-1], sorted([b, a]), max(a, b))
Row = NamedTuple("Row", [("id", int), ("tags", List[str]), ("note", Optional[str])])
r = Row(1, ["a"], None)
print(r, Row.__annotations__)
Kw = NamedTuple("Kw", name=str, size=int)
print(Kw("k", 3), Kw._fields)
Empty = NamedTuple("Empty", [])
print(Empty(), Empty._fields)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(typing.get_type_hints(Point) == Point.__annotations__)
Point(1, 2, z=3)
