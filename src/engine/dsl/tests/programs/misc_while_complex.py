i, total = 0, 0
while i < 100:
    i += 1
    if i % 2 == 0:
        continue
    if i > 20:
        break
    total += i
print(i, total)
