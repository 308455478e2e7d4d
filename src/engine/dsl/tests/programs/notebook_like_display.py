x = [1, 2, 3]
x
d = {"a": 1}
print(d)
