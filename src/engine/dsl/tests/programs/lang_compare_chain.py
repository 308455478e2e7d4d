x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5 > 4, x == 5 != 6, 1 < 2 < 3 < 2, 0 <= x <= 4)
def v(n):
    print("eval", n)
    return n
print(v(1) < v(2) < v(0) < v(3))
print(1 if x > 3 else 2, "a" if [] else "b", (lambda: "t")() if x else None, [y for y in range(5) if y % 2 if y > 1])
print(x > 3 and "yes" or "no", 0 or [] or "last", 1 and 2 and 3, None and 1, not 0, not [1])
print("a" < "b" < "c", [1, 2] < [1, 3], (1, 2) <= (1, 2), "abc" in "xabcx", 3 not in [1, 2], None is None, [] is not [])
print(isinstance(x, (str, int)), isinstance(True, int), issubclass(bool, (str, int)), type(x) is int, type(True) == bool)
print(max(1, 2) if min(3, 4) else 0, [1, 2][x > 3], {True: "t", False: "f"}[x < 0])
a = b = c = [0]
a.append(1)
print(a, b is c, a == [0, 1])
i = j = 0
i += 1
print(i, j)
