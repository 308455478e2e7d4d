total = 0
count = 0
def process(x):
    global total, count
    total += x
    count += 1
    return x * 2
results = list(map(process, range(1, 6)))
print(results, total, count, total / count)
