def perms(xs):
    if len(xs) <= 1:
        return [xs]
    out = []
    for i, x in enumerate(xs):
        for p in perms(xs[:i] + xs[i + 1:]):
            out.append([x] + p)
    return out
print(perms([1, 2, 3]))
print(len(perms(list(range(5)))))
