x = 'outer'
lst = [x for x in range(3)]
print(x, lst)
g = (y for y in range(2))
print(list(g))
try:
    print(y)
except NameError as e:
    print("NameError", e)
def f():
    vals = [i * k for i in range(3) for k in (1, 10)]
    return vals
print(f())
