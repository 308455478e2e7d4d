# Subclasses of bytearray and bytes: protocols, methods, mutation, repr (bytearray's shows the subclass name), hashing.
class B(bytearray):
    def tag(self):
        return "B" + str(len(self))
class Y(bytes):
    pass
b = B(b"xy")
print(b, repr(b), len(b), b.tag(), b[0], b[0:1], list(b), 120 in b, isinstance(b, bytearray), type(b).__name__)
b.append(122); b[0] = 65; del b[1]
print(b, b.upper(), b + b"!", b == bytearray(b"Az"), bytes(b))
y = Y(b"ab")
print(y, repr(y), len(y), y[1], y.upper(), isinstance(y, bytes), hash(y) == hash(b"ab"), y + b"c", {y: 1}[b"ab"])
