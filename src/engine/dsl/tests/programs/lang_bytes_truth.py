# Empty bytes are false, as every empty sequence: if/while/not/and/or/bool()/filter.
e = b""
f = b"\x00"
print(bool(e), bool(f), not e, not f)
print(e or "default", f and "set")
if e:
    print("empty is true?")
else:
    print("empty is false")
n = 0
data = b"abc"
while data:
    data = data[1:]
    n += 1
print(n)
print(list(filter(None, [b"", b"x", b"", b"yz"])))
print(any([b"", b""]), all([b"a", b""]))
