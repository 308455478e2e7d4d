class A:
    x = 1
tests = [lambda: (1).foo, lambda: "s".bar, lambda: [].baz, lambda: A().y, lambda: A.z, lambda: None.q, lambda: (lambda: 0).nope, lambda: {}.itemz]
for t in tests:
    try:
        t()
    except AttributeError as e:
        print(e)
