recs = [("a", 2), ("b", 1), ("c", 2), ("d", 1), ("e", 3)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
recs.sort(key=lambda r: r[0], reverse=True)
recs.sort(key=lambda r: r[1])
print(recs)
print(sorted([0.5, 1, True, -2, 1.0, False]), sorted(["b", "A", "a", "B"]), sorted([(1, "b"), (1, "a"), (0, "z")]))
