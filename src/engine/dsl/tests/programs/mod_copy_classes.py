import copy
class Account:
    count = 0
    def __init__(self, owner, balance):
        Account.count += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, x):
        self.balance += x
        self.history.append(x)
        return self
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance}, {self.history})"
a = Account("ann", 10).deposit(5)
b = copy.copy(a)
c = copy.deepcopy(a)
a.deposit(1)
print(a, b, c, Account.count)
print(b.history is a.history, c.history is a.history, type(c) is Account)
class WithNew:
    def __new__(cls, *args):
        print("__new__ with", args)
        return super().__new__(cls)
    def __init__(self, v=0):
        print("__init__", v)
        self.v = v
w = WithNew(3)
w2 = copy.copy(w)
print(w2.v, w2 is w)
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def total(self):
        return self.value + sum(c.total() for c in self.children)
t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
t2 = copy.deepcopy(t)
t2.children[0].value = 20
print(t.total(), t2.total(), t.children[1] is t2.children[1])
class Cached:
    def __init__(self):
        self.data = [1, 2, 3]
        self.cache = {"sum": 6}
    def __deepcopy__(self, memo):
        new = Cached.__new__(Cached)
        memo[id(self)] = new
        new.data = copy.deepcopy(self.data, memo)
        new.cache = {}
        return new
cc = copy.deepcopy([Cached(), 1])
print(cc[0].data, cc[0].cache, cc[1])
class Shallow:
    def __init__(self, items):
        self.items = items
    def __copy__(self):
        return Shallow(list(self.items))
s = Shallow([1, 2])
s2 = copy.copy(s)
s2.items.append(3)
print(s.items, s2.items)
class Registry:
    def __init__(self):
        self.items = {}
    def __getstate__(self):
        print("getstate")
        return {"items": dict(self.items)}
    def __setstate__(self, state):
        print("setstate", state)
        self.items = state["items"]
        self.restored = True
r = Registry()
r.items["a"] = [1]
r2 = copy.deepcopy(r)
print(r2.items, r2.restored, r2.items["a"] is r.items["a"])
class Node:
    def __init__(self):
        self.peer = None
n1, n2 = Node(), Node()
n1.peer, n2.peer = n2, n1
pair = copy.deepcopy([n1, n2])
print(pair[0].peer is pair[1], pair[1].peer is pair[0], pair[0].peer is n2)
class Err(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
e = Err("boom", 42)
e2 = copy.copy(e)
print(repr(e2), e2.code, e2.args, type(e2).__name__)
