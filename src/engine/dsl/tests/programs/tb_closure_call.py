def make_divider(d):
    def divide(x):
        return x / d
    return divide
halves = make_divider(2)
zeros = make_divider(0)
print(halves(9))
print([zeros(v) for v in (1, 2)])
