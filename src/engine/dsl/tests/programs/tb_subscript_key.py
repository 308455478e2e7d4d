def g(d):
    return d["k"] * 2
print(g({"k": 2}))
print(g({}))
