import time
t = time.gmtime(86400 * 365.5 + 3723.7)
print(t)
print(t.tm_year, t.tm_yday, t.tm_zone, t[0], len(t), type(t).__name__, tuple(t)[:3])
print(time.gmtime(0))
print(time.gmtime(-1.5))
print(time.localtime(86400 * 40000))
print(time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0)))
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
