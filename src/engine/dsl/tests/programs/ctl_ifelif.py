for x in [-5, 0, 5, 50]:
    if x < 0:
        print(x, "neg")
    elif x == 0:
        print(x, "zero")
    elif x < 10:
        print(x, "small")
    else:
        print(x, "big")
