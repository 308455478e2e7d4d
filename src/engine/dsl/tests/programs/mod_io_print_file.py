import io, tempfile, os
buf = io.StringIO()
print("a", 1, sep="-", file=buf)
print("b", end="!", file=buf)
print(repr(buf.getvalue()))
d = tempfile.mkdtemp()
p = os.path.join(d, "out.txt")
with open(p, "w") as f:
    for i in range(3):
        print(i, i * i, file=f)
print(open(p).read(), end="")
