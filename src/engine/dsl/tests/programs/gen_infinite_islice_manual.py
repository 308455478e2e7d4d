def squares():
    n = 1
    while True:
        yield n * n
        n += 1
out = []
for i, s in enumerate(squares()):
    if i == 6:
        break
    out.append(s)
print(out, sum(s for s in out if s % 2))
