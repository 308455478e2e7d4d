def noisy(x):
    print("computing", x)
    return x
g = (noisy(i) for i in range(3))
print("created")
print(next(g))
print(list(g))
