class Bad:
    def __repr__(self):
        raise RuntimeError("repr failed")
print([Bad()])
