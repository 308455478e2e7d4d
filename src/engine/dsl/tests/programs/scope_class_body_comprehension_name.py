class B:
    n = 3
    vals = [i for i in range(3)]
print(B.vals)
