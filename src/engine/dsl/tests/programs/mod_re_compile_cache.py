import re
pats = [re.compile(p) for p in ["a", "b+", "(c)", "a"]]
print(pats[0] is pats[3], pats[0] == pats[3], pats[1] != pats[2], hash(pats[0]) == hash(re.compile("a")))
print(re.compile(pats[1]) is pats[1], re.compile("a", re.I) is re.compile("a"), re.compile("a", re.I) == re.compile("a", re.I))
re.purge()
print(re.compile("a") == pats[0], re.compile("x").pattern, re.compile(r"\d").pattern, len(re.compile("é").pattern))
d = {re.compile("k"): 1}
print(d[re.compile("k")], re.compile("k") in d)
for p in ["a|b", "(?P<x>a)|(?P<y>b)", "(a)(b)(c)", "", "(?:x)"]:
    c = re.compile(p)
    print(repr(p), c.groups, c.groupindex, c.flags, c)
print(re.compile("a", re.I | re.S | re.M | re.X | re.A))
print(re.compile("(?ims)a"), re.compile("(?a)\\w"), re.compile("(?u)x"))
try:
    re.compile(pats[0], re.I)
except ValueError as e:
    print("ValueError:", e)
try:
    re.compile("x", re.A | re.U)
except ValueError as e:
    print("ValueError:", e)
for bad in [None, 5, ["a"]]:
    try:
        re.compile(bad)
    except TypeError as e:
        print("TypeError:", e)
print(re.search(pats[1], "abbb"), re.findall(pats[2], "cxc"), re.sub(pats[0], "A", "banana"), re.split(pats[1], "abbbcbd"))
print(re.match(re.compile("x"), "x").re is re.compile("x"), type(re.compile("")).__name__, re.Pattern, re.Match)
re.compile("[")
