def f(x):
    return 10 / x
values = [f(i) for i in range(-2, 3)]
