import tempfile, os
d = tempfile.mkdtemp()
p = os.path.join(d, "t.txt")
with open(p, "w") as f:
    f.write("abcdefgh")
with open(p, "r+") as f:
    print(f.truncate(3))
print(repr(open(p).read()))
with open(p, "w") as f:
    pass
print(repr(open(p).read()), os.path.getsize(p))
