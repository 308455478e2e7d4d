pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
swapped = list(map(lambda p: (p[1], p[0]), pairs))
print(swapped, dict(swapped), dict(pairs)[2])
