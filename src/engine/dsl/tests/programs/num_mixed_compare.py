print(1 == 1.0, 1 == True, 0 == False, 2 ** 60 == float(2 ** 60), 1 < 1.5 < 2, 3 > 2 > 1 > 0)
print(1 != 1.0, 0.1 + 0.2 == 0.3, float('nan') == float('nan'), True + True, True * 10)
print(max(1, 2.5, 2), min(3, 1.0, 1), sorted([3, 1.5, 2, True]))
