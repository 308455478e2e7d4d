def sub():
    yield 1
    yield 2
    return "sub-result"
def main():
    r = yield from sub()
    print("sub returned", r)
    yield 3
print(list(main()))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5]])))
