a = list(range(10))
a[2:5] = ['x', 'y']
print(a)
a[::3] = [0, 0, 0]
print(a)
del a[1]
print(a)
del a[::2]
print(a)
a[1:1] = [7, 8]
print(a)
b = a[:]
b.clear()
print(a, b)
