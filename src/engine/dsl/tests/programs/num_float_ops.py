print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 2.0 ** 0.5, 10 / 4, 1.0 + 1)
print(3 * 1.0, 0.5 + 0.5, 2 ** -1, 1e308 * 10, -1e308 * 10)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(0.125, 2), round(1234.5678, -2))
print(round(7), round(15, -1), round(25, -1), round(1.23456, 3), type(round(2.5)))
