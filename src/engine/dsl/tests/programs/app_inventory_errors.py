inventory = {"apple": 3, "pear": 0}
def take(item, n):
    if item not in inventory:
        raise KeyError(item)
    if inventory[item] < n:
        raise ValueError(f"not enough {item}: have {inventory[item]}, want {n}")
    inventory[item] -= n
    return inventory[item]
for item, n in [("apple", 2), ("pear", 1), ("kiwi", 1), ("apple", 1)]:
    try:
        print(item, "left:", take(item, n))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(inventory)
take("apple", 5)
