for x in [0.5, 1.5, 2.5, -0.5, 2.675, 1.005, 0.125, 0.375, 1e16 + 1, 123.456]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, -1))
print(round(5, -1), round(15, -1), round(-25, -1), round(12345, -2), round(2**70, -20))
