class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2); s.push(3)
print(s, len(s), s.peek(), s.pop(), s)
print(type(s).__name__, isinstance(s, list), isinstance(s, Stack), s == [1, 2])
print(repr(s), str(s), list(s), s[0], s[::-1], 2 in s, sorted(s, reverse=True))
s.extend([5, 4])
s.sort()
print(s, s + [9], [0] + s, s * 2)
for x in s:
    print(x, end=' ')
print()
class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name
    def __repr__(self):
        return f"Named({self.name!r}, {list.__repr__(self)})"
n = Named("xs", [3, 1, 2])
n.append(0)
print(n, n.name, len(n), sum(n), max(n), n.index(1))
class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)
    def __len__(self):
        return 100
lg = Logged([1])
lg.append(2)
print(lg[1], len(lg), lg)
e = Stack([1, 2, 3])
e[1] = 20
del e[0]
print(e, e.count(20), bool(Stack()), bool(e))
print(Stack.__mro__)
