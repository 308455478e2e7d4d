import tempfile, os
d = tempfile.mkdtemp()
p = os.path.join(d, "c.txt")
open(p, "w").write("x\ny\n")
f = open(p)
print(f.readline(), end="")
f.close()
try:
    for line in f:
        print(line)
except ValueError as e:
    print(e)
with open(p) as g:
    pass
print(g.closed)
