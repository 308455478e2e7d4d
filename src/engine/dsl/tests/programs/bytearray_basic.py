# bytearray: constructors, repr, indexing and slicing, mutation, operators, the methods shared with bytes, bytes-like use.
ba = bytearray(b"hello")
print(ba, repr(ba), len(ba), type(ba), type(ba).__name__)
print(bytearray(), bytearray(3), bytearray([65, 66, 67]), bytearray("héllo", "utf-8"), bytearray(b"x'y"))
print(ba[0], ba[-1], ba[1:3], ba[::-1], ba[::2])
ba[0] = 72
print(ba)
ba[1:3] = b"EYY"
print(ba)
ba[::2] = b"123"
print(ba)
del ba[0]
print(ba)
del ba[1:3]
print(ba)
ba.append(33); ba.extend(b"ab"); ba.extend([1, 2]); ba.extend(bytearray(b"z"))
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 65); ba.insert(100, 66); ba.insert(-1, 67)
print(ba)
ba.remove(65)
print(ba)
c = ba.copy(); ba.reverse(); print(ba, c)
ba.clear(); print(ba, bool(ba), bool(c), len(ba))
x = bytearray(b"ab"); y = x; x += b"cd"; print(x, y, x is y)
x *= 2; print(x, y)
print(x + b"!", b"!" + x, type(x + b"!").__name__, type(b"!" + x).__name__)
print(x * 2, 2 * x, 3 * b"ab")
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b", b"b" > bytearray(b"a"), bytearray(b"a") != bytearray(b"a"))
print(97 in bytearray(b"abc"), b"bc" in bytearray(b"abc"), bytearray(b"bc") in b"abc", 120 in bytearray(b"abc"))
print(list(bytearray(b"abc")), [c for c in bytearray(b"\x00\xff")], sum(bytearray(b"\x01\x02")))
print(isinstance(bytearray(), bytearray), isinstance(bytearray(), bytes), isinstance(b"", bytearray), issubclass(bytearray, object))
print(bytes(bytearray(b"xyz")), type(bytes(bytearray(b"xyz"))).__name__, bytearray(bytearray(b"q")))
print(bytearray(b"hello world").decode(), bytearray(b"abc").decode("ascii"), bytearray(b"\xde\xad").hex(), bytearray.fromhex("de ad be ef"))
b = bytearray(b"  Hello World  ")
print(b.strip(), b.lstrip(), b.rstrip(), b.upper(), b.lower(), b.split(), b.strip().split(b" "), b.find(b"o"), b.count(b"l"))
print(b.startswith(b"  H"), b.endswith(b"  "), b.replace(b"l", b"L"), bytearray(b",").join([b"a", bytearray(b"b")]), b"-".join([bytearray(b"x"), b"y"]))
print(b.strip().partition(b" "), b.index(b"W"), b.rfind(b"o"), bytearray(b"abc").title(), bytearray(b"12").isdigit(), bytearray(b"a\nb").splitlines())
print(str(bytearray(b"a")), f"{bytearray(b'z')}", bytearray(b'a\n\x00"\''))
d = {}
try:
    d[bytearray(b"k")] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    hash(bytearray())
except TypeError as e:
    print("TypeError:", e)
import io
bio = io.BytesIO(bytearray(b"stream"))
print(bio.read())
w = io.BytesIO(); w.write(bytearray(b"abc")); print(w.getvalue())
print(sorted([bytearray(b"b"), b"a", bytearray(b"c")]))
print(bytearray(b"abc")[1], bytearray(range(5)), bytearray(i for i in [7, 8]))
print(bytearray(b'x').fromhex('41'), type(bytearray.fromhex('41')).__name__)
print(max(bytearray(b"az")), bytearray(b"abc").rsplit(b"b"), bytearray(b"a").center(5, b"*"), bytearray(b"7").zfill(3))
print(bytearray(b"x'y"), bytearray(b'a"b\'c'), bytearray(b'q"'))
