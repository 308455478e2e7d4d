def h():
    items = [1, 2]
    return items[0] + items[5]
x = h()
