d = {}
d["k"] = 1
d["k"] += 5
grid = {(0, 0): 1}
grid[0, 0] *= 10
class O: pass
o = O()
o.n = 1
o.n -= 3
l = [1, 2]
l[-1] **= 3
s = "a"
s += "b"
t = (1,)
t += (2,)
lst = [1]
alias = lst
lst += [2]
print(d, grid, o.n, l, s, t, alias)
