class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, P) and self.x == o.x
try:
    hash(P(1))
except TypeError as e:
    print("TypeError:", e)
print(P.__hash__)
class Q(P):
    def __hash__(self):
        return hash(self.x)
s = {Q(1), Q(1), Q(2)}
print(len(s), Q(1) in s, Q(3) in s)
d = {Q(5): "five"}
print(d[Q(5)])
class K:
    pass
k1, k2 = K(), K()
print(k1 == k2, k1 == k1, len({k1, k2, k1}), hash(k1) == hash(k1))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print({1: "a", 1.0: "b", True: "c"})
print({0.5: 1}[0.5], hash((1, 2)) == hash((1.0, 2.0)), hash(-1), hash(-2), hash(10**20) == hash(10**20 + 0.0))
print(hash(float("inf")), hash(float("-inf")), hash(2**61 - 1), hash(2**61), hash(-2**61))
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq called")
        return self.v == getattr(o, "v", o)
    def __hash__(self):
        return 7
x = {E(1): 1}
print(x.get(E(1)), x.get(E(2)))
print(E(1) == 1, 1 == E(1), E(1) != E(2))
class NE:
    def __ne__(self, o):
        return "custom ne"
print(NE() != 1, NE() == NE())
