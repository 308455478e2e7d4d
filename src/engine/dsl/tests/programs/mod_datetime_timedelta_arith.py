from datetime import timedelta
a = timedelta(days=1)
b = timedelta(hours=5)
print(a + b, a - b, b - a, a / b, a // b, a % b, divmod(a, b))
print(b / 3, b * 1.5, 2 * b, b * 2, a // 7)
print(a > b, a == timedelta(hours=24), a != b, sorted([a, b, timedelta(0)]))
print(hash(a) == hash(timedelta(hours=24)), {a: 1}[timedelta(seconds=86400)])
print(sum([b, b, b], timedelta()))
try:
    a + 1
except TypeError as e:
    print(e)
try:
    1 - a
except TypeError as e:
    print(e)
