from collections.abc import Mapping, MutableMapping, Sequence, MutableSequence, Iterator, Sized
class Squares(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("index out of range")
        return i * i
s = Squares(5)
print(len(s), s[2], list(s), 9 in s, 10 in s, s.index(16), s.count(4), list(reversed(s)), isinstance(s, Sequence))
class Config(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
c = Config(a=1, b=2)
print(len(c), c["a"], c.get("b"), c.get("z"), c.get("z", 0), "a" in c, "q" in c, list(c.keys()), list(c.values()), list(c.items()))
print(c == Config(a=1, b=2), c == Config(a=1), dict(c.items()))
class Store(MutableMapping):
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        return self.data[k.lower()]
    def __setitem__(self, k, v):
        self.data[k.lower()] = v
    def __delitem__(self, k):
        del self.data[k.lower()]
    def __iter__(self):
        return iter(self.data)
    def __len__(self):
        return len(self.data)
st = Store()
st["A"] = 1
st.update({"B": 2, "c": 3})
print(st["a"], len(st), sorted(st), st.pop("b"), st.pop("zz", "dflt"), st.setdefault("D", 4), st.setdefault("d", 9), sorted(st.data.items()))
st.clear()
print(len(st), st.get("a"))
class Countdown(Iterator):
    def __init__(self, n):
        self.n = n
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), next(Countdown(2)), isinstance(Countdown(0), Iterator))
class Stack(MutableSequence):
    def __init__(self):
        self.items = []
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __len__(self):
        return len(self.items)
    def insert(self, i, v):
        self.items.insert(i, v)
sk = Stack()
sk.append(1)
sk.extend([2, 3, 4])
sk.remove(2)
print(sk.items, sk.pop(), sk.pop(0), sk.items)
sk.reverse()
print(sk.items, len(sk), 3 in sk)
for cls in (Mapping, Sized):
    class Bad(cls):
        pass
    try:
        Bad()
    except TypeError as e:
        print("TypeError:", e)
class NoLen(Sequence):
    def __getitem__(self, i):
        return i
NoLen()
