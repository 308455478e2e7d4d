def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
double, triple = make_multiplier(2), make_multiplier(3)
print(list(map(double, [1, 2, 3])), list(map(triple, [1, 2, 3])), double.__name__, double.__qualname__)
