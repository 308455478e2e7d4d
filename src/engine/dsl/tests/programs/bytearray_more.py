# bytearray and bytes: copy, reversed, find with an int, startswith with tuples, split with maxsplit, files and formatting.
import copy
ba = bytearray(b"abc")
c = copy.copy(ba); c[0] = 65; print(ba, c)
d = copy.deepcopy(ba); d.append(1); print(ba, d)
print(list(reversed(ba)), ba[:], ba[:] is ba)
print(str(ba, "utf-8"), int.from_bytes(bytearray(b"\x01\x00"), "big"))
print(b"abc".find(98), ba.find(98), ba.count(97), ba.index(99))
print(isinstance(ba, (bytes, bytearray)), type(ba) is bytearray, bytearray.__name__, repr(bytearray))
print(sorted(set(bytearray(b"hello"))))
s = bytearray()
for i in range(5):
    s += bytes([65 + i])
print(s, len(s))
print(bytearray(b"abc").startswith((b"x", b"a")), ba.split(b"b", 1), bytearray(b"a b").split(maxsplit=1))
print("%s" % bytearray(b"q"), [bytearray(b"a")], (bytearray(b"b"),), {"k": bytearray(b"c")})
print(bytearray(b"abc") + bytearray(b"d"), bytearray(4)[2:], bytearray(b"hi") * 0, bool(bytearray(1)))
print(bytearray(True), bytearray(b"ab").hex(), bytes.fromhex("41").hex())
print(bytearray(b"aXbXc").replace(b"X", b""), bytearray(b"hello").removeprefix(b"he"))
with open("/tmp/_ba_out.bin", "wb") as f:
    f.write(bytearray(b"written"))
with open("/tmp/_ba_out.bin", "rb") as f:
    print(f.read())
print(b" a b  ".split(maxsplit=1), b"a,b,c".split(b",", 1), bytearray(b"x y").split(None), b"\x85a".split())
print(b"abc".startswith(b"b", 1), b"abc".endswith((b"x", b"bc")), b"abc".find(b"c", 1, 2), b"abc".rfind(99))
