d = {"b": 2, "a": 1}
ks, vs, its = d.keys(), d.values(), d.items()
d["c"] = 3
print(ks, vs, its, len(ks), "a" in ks, 2 in vs, ("a", 1) in its)
print(ks & {"a", "z"}, ks | {"q"} == {"a", "b", "c", "q"}, ks - {"a"}, list(reversed(d)), sorted(d.items(), key=lambda kv: kv[1]))
print(d.get("z"), d.get("z", 0), d.setdefault("e", 5), d.pop("e"), d.pop("zz", "dflt"), d.popitem(), d)
d.update([("x", 1)], y=2)
print(d, dict.fromkeys("ab", 0), dict(zip("ab", [1, 2])), {k: v for k, v in d.items() if v > 1}, d | {"new": 0})
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    for k in d:
        d["zz"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
a, b = {1, 2, 3}, {2, 3, 4}
print(a | b, a & b, a - b, a ^ b, a <= b, {2, 3} < a, a.isdisjoint({9}), a.issuperset({1}), a.union([5], (6,)))
a.add(10); a.discard(99); a.remove(1)
print(a, frozenset([1, 2]) | {3}, {frozenset([1]): "fs"}, set("hello") == {"h", "e", "l", "o"}, len(set()))
try:
    a.remove(99)
except KeyError as e:
    print("KeyError", e)
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    {{}: 1}
except TypeError as e:
    print(e)
people = [("bob", 25), ("al", 30), ("cy", 25), ("di", 30), ("ed", 20)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: p[1], reverse=True))
lst = [3, 1, 2]
lst.sort(reverse=True)
print(lst, sorted("bca"), sorted([3, 1, 2], key=lambda x: -x), min(people, key=lambda p: p[1]), max([], default="none"))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    [1, 2] < [1, "a"]
except TypeError as e:
    print(e)
try:
    {1} < 3
except TypeError as e:
    print(e)
try:
    None > 1
except TypeError as e:
    print(e)
print([1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [[1]] == [[1]], (1, 2) == [1, 2], [] == (), {1: [1]} == {1: [1]})
