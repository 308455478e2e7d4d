import copy
class Point:
    def __init__(self, x, y):
        print("init", x, y)
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(1, [2])
q = copy.copy(p)
r = copy.deepcopy(p)
p.y.append(3)
print(p, q, r, q.y is p.y, r.y is p.y, type(r).__name__)
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
    def add(self, child):
        child.parent = self
        self.children.append(child)
root = Node("root")
root.add(Node("a"))
root.add(Node("b"))
r2 = copy.deepcopy(root)
print(r2.children[0].parent is r2, r2.children[0].parent is root, [c.name for c in r2.children])
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v + "-copy")
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo) + "-deep")
c = Custom("v")
print(copy.copy(c).v, copy.deepcopy(c).v, copy.deepcopy([c, c])[0].v)
class Stateful:
    def __init__(self):
        self.a = 1
        self.cache = "big"
    def __getstate__(self):
        st = self.__dict__.copy()
        del st["cache"]
        return st
    def __setstate__(self, st):
        print("setstate", sorted(st))
        for k, v in st.items():
            setattr(self, k, v)
        self.cache = None
s2 = copy.deepcopy(Stateful())
print(s2.a, s2.cache)
s3 = copy.copy(Stateful())
print(s3.a, s3.cache)
class Slotless:
    pass
e = Slotless()
print(type(copy.copy(e)).__name__, copy.copy(e) is e)
from collections import defaultdict, Counter, OrderedDict, deque, namedtuple
dd = defaultdict(list, {"a": [1]})
dd2 = copy.deepcopy(dd)
dd2["a"].append(2)
dd2["b"].append(3)
print(dd, dd2)
print(copy.copy(Counter("abca")), copy.deepcopy(OrderedDict([("x", [1])])))
dq = deque([[1], [2]], maxlen=3)
dq2 = copy.deepcopy(dq)
dq2[0].append(9)
print(dq, dq2, copy.copy(dq))
P = namedtuple("P", "x y")
pt = P(1, [2])
pt2 = copy.deepcopy(pt)
pt2.y.append(3)
print(pt, pt2, copy.copy(pt) == pt)
try:
    copy.deepcopy(x for x in [1])
except TypeError as e:
    print("TypeError:", e)
print(issubclass(copy.Error, Exception))
copy.copy(iter)
copy.copy(x for x in "ab")
