def parse(s):
    return int(s)
print(list(map(parse, ["1", "2"])))
print(list(map(parse, ["3", "x"])))
