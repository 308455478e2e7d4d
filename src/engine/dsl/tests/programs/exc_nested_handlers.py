def risky(n):
    if n == 1:
        raise ValueError("one")
    if n == 2:
        raise KeyError("two")
    return n
results = []
for n in range(4):
    try:
        try:
            results.append(risky(n))
        except ValueError:
            results.append("V")
    except KeyError as e:
        results.append(f"K{e}")
print(results)
