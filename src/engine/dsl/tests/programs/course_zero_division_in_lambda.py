rates = [(10, 2), (5, 0)]
print(list(map(lambda t: t[0] / t[1], rates)))
