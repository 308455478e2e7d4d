print(1 and 2, 0 and 2, 1 or 2, 0 or '', [] or {}, None or 'default', 'a' and 'b' or 'c', not 0, not [1])
x = [] or [1]
print(x, (0 or None) is None, 5 if 0 else 6, "yes" if [0] else "no")
