def f():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    f()
except KeyError as e:
    print("caught", repr(e), repr(e.__context__))
