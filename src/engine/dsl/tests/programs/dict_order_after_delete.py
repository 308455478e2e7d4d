d = {k: i for i, k in enumerate("abcdef")}
del d["b"]
d["b"] = 99
d.pop("a")
d["a"] = 0
print(d, list(d), next(iter(d)), list(reversed(d)) if hasattr(d, "__reversed__") else list(d)[::-1])
d.update([("z", 1), ("c", 5)])
print(d, {**d, "c": -1})
