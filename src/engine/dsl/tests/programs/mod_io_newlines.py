import tempfile, os
d = tempfile.mkdtemp()
p = os.path.join(d, "n.txt")
with open(p, "wb") as f:
    f.write(b"a\r\nb\rc\nd")
print(repr(open(p).read()))
print(open(p, newline="").readlines())
print(open(p, newline="\n").readlines())
with open(p, "w", newline="\r\n") as f:
    f.write("x\ny\n")
print(open(p, "rb").read())
