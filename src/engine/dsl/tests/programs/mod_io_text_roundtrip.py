import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "notes.txt")
with open(p, "w") as f:
    print(f.write("first line\n"), f.write("second\n"))
    print(f.closed, f.mode, os.path.basename(f.name))
print(f.closed)
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print(f.readline(), end="")
    print(f.readlines())
for line in open(p):
    print(repr(line.rstrip("\n")))
