a = {"x": 1, "y": 2, "z": 3}
b = {"y": 0, "w": 5}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b), sorted(a.keys() - {"x"}), sorted(a.keys() ^ b.keys()))
print(("y", 2) in a.items(), "y" in a.keys(), 2 in a.values(), len(a.items()), sorted(a.items()))
