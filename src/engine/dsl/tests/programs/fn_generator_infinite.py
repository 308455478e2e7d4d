def naturals():
    n = 0
    while True:
        yield n
        n += 1
g = naturals()
print([next(g) for _ in range(5)])
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(3, naturals()), take(2, (x * x for x in naturals())))
