# bytes/bytearray: hex with a separator, isascii, translate and maketrans.
ba = bytearray(b"abcde")
print(ba.hex(), ba.hex(":"), ba.hex(":", 2), ba.hex(":", -2), b"abc".hex(b"-"), b"".hex(":"), b"ab".hex(" ", 5))
print(ba.isascii(), b"\xff".isascii(), bytearray().isascii())
t = bytes.maketrans(b"ab", b"xy")
print(len(t), b"aabbc".translate(t), bytearray(b"a b").translate(None, b" "), b"hello".translate(t, b"l"), bytearray.maketrans(b"a", b"b")[97])
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: b"a".hex("::"))
show(lambda: b"a".translate(b"x"))
show(lambda: bytes.maketrans(b"ab", b"x"))
