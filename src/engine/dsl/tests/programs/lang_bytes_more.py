b = b"hello world"
print(b[0], b[-1], b[:5], b[::2], len(b), b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"wor"), b"lo" in b)
print(b.decode(), b.hex(), bytes.fromhex("6869"), bytes([65, 66, 67]), bytes(3), list(b"ab"), b + b"!", b * 2)
print(b.startswith(b"he"), b.endswith(b"ld"), b.strip(b"hd"), b.count(b"o"), b"a,b".split(b","), b"-".join([b"x", b"y"]))
print("héllo".encode("utf-8"), "héllo".encode("latin-1"), b"h\xc3\xa9llo".decode("utf-8"), repr(b"\x00\x7f\x80'\""), str(b"abc"))
print(b == b"hello world", b < b"z", sorted([b"b", b"a"]), hash(b"x") == hash(b"x"), isinstance(b, bytes), type(b).__name__)
for x in b"hi":
    print(x, end=" ")
print()
try:
    b"abc"[5]
except IndexError as e:
    print(e)
try:
    b"x" + "y"
except TypeError as e:
    print(e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.reason if hasattr(e, "reason") else "")
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError")
