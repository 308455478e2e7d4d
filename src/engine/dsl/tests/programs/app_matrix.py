A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
C = [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]
print(C)
T = [list(r) for r in zip(*A)]
print(T, [[x * 2 for x in r] for r in A])
I = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
for row in I:
    print(" ".join(str(v) for v in row))
