class MyError(Exception):
    pass
def f():
    raise MyError("something bad")
f()
