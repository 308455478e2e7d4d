b = b"hello"
print(b, len(b), b[0], b[1:3], b.decode(), list(b[:2]), b + b" world", b"ell" in b, b.upper(), b.hex())
print("héllo".encode(), "héllo".encode("utf-8").decode("utf-8"), bytes([104, 105]), bytes(3), b == b"hello", b.startswith(b"he"))
print(b"a,b,c".split(b","), type(b).__name__, repr(b"\x00\xff'"), b.count(b"l"))
