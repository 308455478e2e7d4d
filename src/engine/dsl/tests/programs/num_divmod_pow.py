print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(2, -2))
print(abs(-2.5), abs(3), 10 ** -2, (-2) ** 3, (-8) ** 2)
