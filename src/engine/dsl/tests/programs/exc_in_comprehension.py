vals = [1, 0, 2]
print([10 // v for v in vals])
