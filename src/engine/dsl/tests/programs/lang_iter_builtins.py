print(list(enumerate("abc", 1)), list(zip("ab", [1, 2, 3])), list(zip()), dict(enumerate("xy")))
print(list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "a", None, [], [0]])), list(reversed(range(5))), list(reversed("abc")))
print(any([]), all([]), any(x > 2 for x in [1, 3]), all(x > 0 for x in [1, -1]), sum(range(101)), sum([[1], [2]], []), sum([0.1] * 3, 1))
print(min("bca"), max([3, 1, 2], key=lambda x: -x), min([], default=0), max(1, 2, 3), min((1, "b"), (1, "a")), max("a", "B", key=str.lower))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "end"))
r = range(10, 0, -3)
print(r, list(r), len(r), r[1], r[-1], r[::2], 4 in r, 7 in r, r.index(4), r.count(7), range(5) == range(0, 5), bool(range(0)))
print(list(range(-5)), list(range(2, -3, -1)), range(0, 10, 2)[1:3])
e = enumerate(["a"])
print(type(e).__name__, next(e), iter(e) is e)
z = zip([1], [2])
print(type(z).__name__, list(z), list(z))
m = map(str, [1, 2])
print(list(m), list(m))
print(sorted({3: "c", 1: "a"}), sorted({"b", "a"}), list({"k": 1}.items()), [*{1: 2}], list(iter("hi")))
def gen():
    yield from range(3)
    yield from "ab"
print(list(gen()), tuple(gen()), set(range(3)) == {0, 1, 2}, dict(zip("ab", range(2))), frozenset("aa"))
try:
    next(iter([]))
except StopIteration as s:
    print("StopIteration", s.value)
try:
    iter(3)
except TypeError as e:
    print(e)
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print(e)
import itertools
print(list(itertools.chain([1], (2,), "3")), list(itertools.accumulate([1, 2, 3])), list(itertools.product("ab", repeat=2))[:3])
print(divmod(17, 5), abs(-3), abs(-2.5), round(17 / 3, 2), pow(2, 8), hex(id(None)) != "", isinstance(iter([]), object))
