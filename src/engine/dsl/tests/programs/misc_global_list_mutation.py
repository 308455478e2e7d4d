items = []
def add(x):
    items.append(x)
    return len(items)
print([add(i) for i in "abc"], items)
