a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, None is None, (a is not c), type(1) is int, type(True) is bool, isinstance(None, type(None)))
