try:
    raise KeyError("x", "y")
except KeyError as e:
    print(e.args, str(e), type(e).__mro__[1].__name__)
try:
    raise OSError(2, "No such file")
except OSError as e:
    print(e.errno, e.strerror, str(e))
