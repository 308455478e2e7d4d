m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m)
n = [[0] * 3] * 3
n[0][0] = 1
print(n)
c = m.copy()
c[0].append(9)
print(m[0], c is m, c == m)
