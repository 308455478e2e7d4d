T = type('T', (object,), {'x': 1, 'hello': lambda self: 'hi'})
t = T()
print(T.__name__, t.x, t.hello(), type(t) is T, type(3), type('a'), type(None), type([]) is list)
