a, *b, c = range(6)
print(a, b, c)
*h, t = "xyz"
print(h, t)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *_ = [9, 8, 7]
print(first, _)
print(*[1, 2], *"ab", sep="|")
print([*range(3), *[4, 5]], (*"ab",), {*[1, 1, 2]}, {**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], 3, *(4,), x=1, **{"y": 2}))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
s = list(range(10))
print(s[::2], s[1::3], s[::-1], s[8:2:-2], s[-3:], s[:-7:-1], s[100:], s[-100:2])
s[2:5] = ["a", "b"]
print(s)
s[::3] = [0, 0, 0]
print(s)
try:
    s[::2] = [1]
except ValueError as e:
    print(e)
del s[::2]
print(s)
del s[1:3]
print(s)
t = "abcdefgh"
print(t[::-1], t[1:7:2], t[-2::-3], t[5:1], (1, 2, 3, 4)[::-2])
sl = slice(1, 8, 3)
print(sl, t[sl], sl.indices(5), slice(None).indices(3))
m = [[1, 2], [3, 4]]
m[0][1:] = [7, 8, 9]
print(m)
x = [1, 2, 3]
del x[0], x[-1]
print(x)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
