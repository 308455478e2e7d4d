from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), Point._fields, isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x + y, Point._make([5, 6]), sorted([Point(2, 1), Point(1, 2)]), len(p))
Emp = namedtuple("Emp", "name dept salary", defaults=[0])
print(Emp("ann", "eng"), Emp("bo", "ops", 5).salary)
