def f(list):
    return list * 2
print(f(3))
len = lambda x: 42
print(len([1, 2]))
del len
print(len([1, 2]))
