print(callable(len), callable(int), callable("x"), callable(lambda: 1), id(3) == id(3), id([]) != 0)
