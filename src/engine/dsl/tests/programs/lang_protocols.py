class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __contains__(self, c):
        print("contains?", c)
        return c in self.cards
    def __call__(self, n):
        return self.cards[:n]
    def __bool__(self):
        return bool(self.cards)
    def __reversed__(self):
        return iter(self.cards[::-1])
d = Deck("ABC")
print(len(d), d[1], d[-1], d[0:2], "B" in d, "Z" in d, d(2), bool(d), bool(Deck([])), list(reversed(d)))
print(list(d), [c.lower() for c in d], sorted(d, reverse=True), "".join(d), callable(d), callable(Deck))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)), next(Countdown(1)), next(Countdown(0), "done"))
for a, b in zip(Countdown(2), "xy"):
    print(a, b)
class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow
with Ctx("a") as c1, Ctx("b") as c2:
    print("body", c1.name, c2.name)
with Ctx("swallowing", True):
    raise ValueError("hidden")
print("after swallow")
try:
    with Ctx("passing"):
        raise KeyError("shown")
except KeyError as e:
    print("caught", repr(e))
def early():
    with Ctx("ret"):
        return "returned"
print(early())
class Only:
    def __len__(self):
        return 0
print(bool(Only()), not Only())
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"Cmp({self.v})"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), min(Cmp(5), Cmp(4)), Cmp(1) > Cmp(0), max([Cmp(1), Cmp(9)]))
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print(e)
import functools
@functools.total_ordering
class Ver:
    def __init__(self, s):
        self.t = tuple(map(int, s.split(".")))
    def __eq__(self, o):
        return self.t == o.t
    def __lt__(self, o):
        return self.t < o.t
print(Ver("1.2") <= Ver("1.10"), Ver("2.0") >= Ver("1.9"), Ver("1.0") == Ver("1.0"), Ver("3.1") > Ver("3.0"))
