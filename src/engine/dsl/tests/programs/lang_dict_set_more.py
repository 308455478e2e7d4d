d = {}
d[(1, 2)] = "tuple"
d[1] = "int"
d[1.0] = "float overwrites"
d[True] = "bool overwrites"
d["1"] = "str"
d[None] = "none"
d[frozenset([1])] = "fs"
print(d, len(d), d[1], d[(1, 2)], d[None])
d2 = dict(a=1, b=2)
d2.update(b=3, c=4)
print(d2, list(d2), d2 == {"c": 4, "b": 3, "a": 1}, {"a": 1} != {"a": 1.0}, d2.keys() == {"a", "b", "c"})
del d2["b"]
d2["b"] = 9
print(d2, list(d2.items())[-1], next(iter(d2)), dict(sorted(d2.items(), key=lambda kv: -kv[1])))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
grouped = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    grouped.setdefault(w[0], []).append(w)
print(grouped)
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested.copy()["a"] is nested["a"], {k: len(v) for k, v in grouped.items()})
s = {3, 1, 2}
s |= {5}
s &= {1, 2, 5, 7}
s -= {2}
s ^= {9, 1}
print(s, sorted(s), {x % 3 for x in range(10)}, set() == set(), {1, 2} == frozenset({1, 2}), s.pop() in {5, 9}, len(s))
fs = frozenset([1, 2])
print(fs, hash(fs) == hash(frozenset([2, 1])), fs | {3}, type(fs | {3}).__name__, {fs: 1}[frozenset({1, 2})])
try:
    fs.add(3)
except AttributeError as e:
    print(e)
print({1: 1, 2: 2}.keys() - {1}, {1: "a"}.items() | {(2, "b")} == {(1, "a"), (2, "b")}, list({1: 2}.values()), dict([("x", 1), ["y", 2]]))
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
