max([1, 2], key=lambda x: x.foo)
