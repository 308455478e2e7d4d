def g():
    for i in range(3):
        try:
            yield i
        except ValueError:
            yield "recovered"
it = g()
print(next(it), it.throw(ValueError), next(it), next(it), list(it))
