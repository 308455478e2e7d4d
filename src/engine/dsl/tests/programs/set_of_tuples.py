pairs = {(1, 2), (2, 1), (1, 2)}
print(len(pairs), sorted(pairs), (1, 2) in pairs)
