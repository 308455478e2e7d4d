print(int('42'), int(' -17 '), int('0x1f', 16), int('ff', 16), int('0b101', 0), int('1_000'), int(3.9), int(-3.9), int(True))
print(float('3.5'), float(' 1e3 '), float('-inf'), float(7), float('1_0.5'))
