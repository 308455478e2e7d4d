import tempfile, os
d = tempfile.mkdtemp()
p = os.path.join(d, "s.txt")
with open(p, "w+") as f:
    f.write("0123456789")
    print(f.tell())
    f.seek(0)
    print(f.read(3), f.tell())
    f.seek(0, 2)
    f.write("AB")
    f.seek(0)
    print(f.read())
with open(p, "r+") as f:
    f.write("xy")
    f.seek(0)
    print(f.read())
with open(p, "rb") as f:
    f.seek(-3, 2)
    print(f.read(), f.tell())
    f.seek(2)
    f.seek(3, 1)
    print(f.read(2))
