def outer():
    x = 0
    def mid():
        nonlocal x
        x += 1
        def inner():
            nonlocal x
            x += 10
        inner()
    mid()
    mid()
    return x
print(outer())
