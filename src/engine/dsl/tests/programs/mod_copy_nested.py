import copy
config = {"db": {"host": "localhost", "ports": [5432, 5433]}, "debug": False, "tags": ("a", ["b"])}
shallow = copy.copy(config)
deep = copy.deepcopy(config)
config["db"]["ports"].append(9999)
config["tags"][1].append("c")
config["debug"] = True
print(shallow)
print(deep)
print(shallow["db"] is config["db"], deep["db"] is config["db"], deep["tags"] is config["tags"], deep["tags"][0] is config["tags"][0])
m = [[1, 2], [3, 4]]
m2 = copy.deepcopy(m)
m2[0][0] = 99
m3 = m[:]
m3[1][1] = -1
print(m, m2, m3)
a = [1]
b = [a, a, [a]]
bc = copy.deepcopy(b)
print(bc[0] is bc[1], bc[2][0] is bc[0], bc[0] is a)
t = ([1], [2])
tc = copy.deepcopy(t)
tc[0].append(5)
print(t, tc, type(tc).__name__)
s = {"k": {1, 2}, "f": frozenset({3})}
sc = copy.deepcopy(s)
sc["k"].add(9)
print(sorted(s["k"]), sorted(sc["k"]), sc["f"] == s["f"])
loop = {}
loop["me"] = [loop]
lc = copy.deepcopy(loop)
print(lc["me"][0] is lc, lc["me"][0] is loop)
x = [1, 2]
y = [x, x]
x.append(y)
z = copy.deepcopy(y)
print(z[0] is z[1], z[0][2] is z, len(z[0]))
memo = {}
orig = [[1], [2]]
first = copy.deepcopy(orig, memo)
second = copy.deepcopy(orig, memo)
print(first is second, first == orig, len(memo) >= 3)
big = list(range(5))
print(copy.copy(big) == big, copy.copy(big) is big, copy.deepcopy(big) is big)
nums = [1.5, 10**40, -0.0, float("inf"), "str", b"bytes", None, True]
print(copy.deepcopy(nums), all(a is b for a, b in zip(nums, copy.copy(nums))))
print(copy.copy(range(1, 5)), copy.deepcopy(slice(1, 2)), copy.copy(str), copy.deepcopy(len))
