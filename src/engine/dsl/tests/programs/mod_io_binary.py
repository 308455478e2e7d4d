import tempfile, os
d = tempfile.mkdtemp()
p = os.path.join(d, "b.bin")
with open(p, "wb") as f:
    print(f.write(b"\x00\x01hello\nworld"), f.tell())
with open(p, "rb") as f:
    print(f.read(2), f.tell())
    print(f.readline())
    print(f.read())
    print(f.read())
with open(p, "rb") as f:
    print(list(f))
try:
    open(p, "wb").write("text")
except TypeError as e:
    print(e)
