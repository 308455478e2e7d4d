items = [3, 1, "two"]
if items[0] < items[2]:
    print("less")
