def read():
    for line in ["a 1", "b 2", "a 3", "c 4"]:
        yield line
def parse(lines):
    for l in lines:
        k, v = l.split()
        yield k, int(v)
def group(pairs):
    out = {}
    for k, v in pairs:
        out.setdefault(k, []).append(v)
    return out
print(group(parse(read())))
