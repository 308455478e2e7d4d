print([x * 2 for x in range(5)], [x for x in range(10) if x % 3 == 0], [(x, y) for x in range(3) for y in range(x)])
print([[j for j in range(i)] for i in range(4)], [c for w in ["ab", "cd"] for c in w])
print({x % 3 for x in range(10)}, {k: v for k, v in zip("abc", range(3))}, {x: x * x for x in range(4)})
