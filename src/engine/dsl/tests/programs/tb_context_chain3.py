def a():
    raise KeyError("first")
def b():
    try:
        a()
    except KeyError:
        raise ValueError("second")
def c():
    try:
        b()
    except ValueError as e:
        raise RuntimeError("third") from None
try:
    c()
except RuntimeError as e:
    print("caught", e, e.__suppress_context__, type(e.__context__).__name__)
b()
