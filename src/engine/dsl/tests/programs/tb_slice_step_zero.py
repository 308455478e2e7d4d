xs = list(range(10))
print(xs[::2])
print(xs[1:5:0])
