rows = [[3, "c"], [1, "a"], [2, "b"], [1, "z"]]
rows.sort()
print(rows)
rows.sort(key=lambda r: r[1], reverse=True)
print(rows, sorted(rows, key=lambda r: (r[0], r[1]))[0], [r[1] for r in rows if r[0] == 1])
