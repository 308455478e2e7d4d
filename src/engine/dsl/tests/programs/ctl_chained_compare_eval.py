def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 > 0, 1 == 1 != 2, 1 < 2 < 2, "a" < "b" <= "b", 3 in [3] in [[3]])
