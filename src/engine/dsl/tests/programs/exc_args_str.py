print(str(ValueError()), str(ValueError("a")), str(ValueError("a", 2)), repr(ValueError("a", 2)), str(KeyError("k")), repr(KeyError("k")), str(KeyError()))
e = Exception(1, 2)
print(e.args, len(e.args), str(Exception([1])))
