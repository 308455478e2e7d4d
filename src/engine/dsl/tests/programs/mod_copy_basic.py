import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
a.append("new")
print(a, b, c)
print(b[1] is a[1], c[1] is a[1], b is a, c == a)
d = {"x": [1], "y": (1, [2])}
d2 = copy.copy(d)
d3 = copy.deepcopy(d)
d["x"].append(2)
d["y"][1].append(3)
print(d, d2, d3, d2["y"] is d["y"], d3["y"] is d["y"])
t = (1, 2, "three")
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
s = {1, 2, 3}
print(copy.copy(s), copy.copy(s) is s, copy.deepcopy(frozenset([1])))
for v in [1, 2.5, "s", None, True, 10**30, range(3), len, int]:
    print(repr(copy.copy(v)), copy.deepcopy(v) is v)
nested = [[0] * 3 for _ in range(3)]
grid = copy.deepcopy(nested)
grid[0][0] = 1
print(nested, grid)
shared = [1, 2]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1, 2]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[2] is cc, cc[2] is cyc, cc)
dcyc = {"name": "root"}
dcyc["self"] = dcyc
dd = copy.deepcopy(dcyc)
print(dd["self"] is dd, dd)
memo = {}
x = [1]
y1 = copy.deepcopy([x, x], memo)
print(y1, id(x) in memo, memo[id(x)] == [1])
