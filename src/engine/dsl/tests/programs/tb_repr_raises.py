class Bad:
    def __repr__(self):
        return "Bad(" + self.label + ")"
items = [Bad()]
print(items)
