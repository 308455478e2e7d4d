class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.name == "swallow"
with CM("a") as c:
    print("body", c.name)
with CM("swallow"):
    raise ValueError("boom")
print("after")
with CM("x"), CM("y"):
    print("two")
try:
    with CM("z"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
