def g():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("handled", e)
it = g()
next(it)
print(it.throw(ValueError("bad")))
