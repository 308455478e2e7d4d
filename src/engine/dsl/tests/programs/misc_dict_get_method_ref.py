d = {"a": 1}
g = d.get
print(g("a"), g("b", 0), list(map(d.get, ["a", "z"])), sorted({"b": 1, "a": 2}, key={"b": 1, "a": 2}.get))
