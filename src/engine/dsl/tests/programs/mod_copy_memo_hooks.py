import copy
class Tracked:
    copies = 0
    def __init__(self, payload):
        self.payload = payload
    def __deepcopy__(self, memo):
        Tracked.copies += 1
        if id(self) in memo:
            return memo[id(self)]
        clone = Tracked(None)
        memo[id(self)] = clone
        clone.payload = copy.deepcopy(self.payload, memo)
        return clone
t = Tracked([1, 2])
t.payload.append(t)
t2 = copy.deepcopy(t)
print(t2.payload[2] is t2, t2.payload[:2], Tracked.copies, t2 is not t)
shared = Tracked("s")
both = copy.deepcopy({"x": shared, "y": shared})
print(both["x"] is both["y"], Tracked.copies)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __copy__(self):
        return self
    def __deepcopy__(self, memo):
        return self
s = Singleton()
print(copy.copy(s) is s, copy.deepcopy(s) is s, copy.deepcopy([s])[0] is s)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, k, v):
        raise AttributeError("frozen")
f = Frozen(3)
print(copy.copy(f).v, copy.deepcopy(f).v)
class Lazy:
    def __init__(self):
        self.loaded = False
    def __getstate__(self):
        return {"loaded": "snapshot"}
l2 = copy.copy(Lazy())
print(l2.loaded)
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
d = {Pt(1, 2): [Pt(3, 4)]}
d2 = copy.deepcopy(d)
k = next(iter(d2))
print(Pt(1, 2) in d2, k is next(iter(d)), d2[Pt(1, 2)][0] == Pt(3, 4))
class Bad:
    def __deepcopy__(self, memo):
        raise RuntimeError("no copies")
copy.deepcopy([Bad()])
