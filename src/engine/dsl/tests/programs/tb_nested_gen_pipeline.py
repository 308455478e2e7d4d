def read(lines):
    for ln in lines:
        yield ln.strip()
def parse(rows):
    for r in rows:
        name, value = r.split("=")
        yield name, int(value)
rows = ["a=1", "b=2", "c=x"]
print(dict(parse(read(rows))))
