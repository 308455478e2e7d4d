def g():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
def consume():
    for x in g():
        print("got", x)
        raise RuntimeError("stop")
try:
    consume()
except RuntimeError as e:
    print("caught", e)
