def total(prices):
    running_total = 0
    for p in prices:
        running_total += p
    return runing_total
print(total([1, 2]))
