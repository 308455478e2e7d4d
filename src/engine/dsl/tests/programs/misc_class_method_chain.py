class Q:
    def __init__(self):
        self.ops = []
    def where(self, c):
        self.ops.append(("where", c))
        return self
    def select(self, *cols):
        self.ops.append(("select", cols))
        return self
    def __repr__(self):
        return " | ".join(f"{op}{args}" for op, args in self.ops)
print(Q().where("a > 1").select("a", "b").where("b < 2"))
