# bytearray: CPython's errors for bad arguments (type and message).
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

ba = bytearray(b"abc")
show(lambda: bytearray("abc"))
show(lambda: bytearray(1, "utf-8"))
show(lambda: bytearray(-1))
show(lambda: bytearray([256]))
show(lambda: bytearray(["a"]))
show(lambda: bytearray(1.5))
show(lambda: bytearray(None))
show(lambda: bytes("abc"))
show(lambda: bytes(1.5))
show(lambda: bytes([256]))
show(lambda: bytes(-1))
show(lambda: bytearray(b"a").append(256))
show(lambda: bytearray(b"a").append("a"))
show(lambda: bytearray().extend("abc"))
show(lambda: bytearray().extend(5))
show(lambda: bytearray().extend([300]))
show(lambda: bytearray().pop())
show(lambda: bytearray(b"a").pop(5))
show(lambda: bytearray(b"a").remove(9))
show(lambda: bytearray(b"a").remove(300))
show(lambda: bytearray(b"a")[5])
show(lambda: bytearray(b"a")["x"])
show(lambda: hash(bytearray()))
show(lambda: {bytearray(): 1})
show(lambda: bytearray(b"ab") + "x")
show(lambda: bytearray(b"ab") + [1])
show(lambda: bytearray(b"a") * "x")
show(lambda: bytearray(b"a") * 1.5)
show(lambda: bytearray(b"a") < "a")
show(lambda: "a" in bytearray(b"a"))
show(lambda: 256 in bytearray(b"a"))
show(lambda: bytearray(b"a").insert(0, 256))
show(lambda: bytearray(b"\xff").decode("ascii"))
show(lambda: bytearray(b"a").foo)
show(lambda: bytearray(3).pop(1, 2))
show(lambda: bytearray(b"a").append())
show(lambda: bytearray(b"a").index(b"z"))
show(lambda: bytearray(b"a").copy(1))
show(lambda: b"a" + "x")

def setitem(k, v):
    x = bytearray(b"abc")
    x[k] = v
    return x

def delitem(k):
    x = bytearray(b"abc")
    del x[k]
    return x

show(lambda: setitem(0, 256))
show(lambda: setitem(0, "a"))
show(lambda: setitem(5, 1))
show(lambda: setitem(slice(0, 2), 5))
show(lambda: setitem(slice(None, None, 2), b"z"))
show(lambda: setitem(slice(0, 1), "ab"))
show(lambda: setitem(slice(0, 1), [1, 300]))
show(lambda: delitem(5))
show(lambda: delitem(slice(None, None, 2)))

def iadd(v):
    x = bytearray(b"abc")
    x += v
    return x

show(lambda: iadd("a"))
show(lambda: iadd([1]))
x = bytearray(b"abc")
x[0:1] = x
print(x)
bytearray(b"abc").remove(122)
