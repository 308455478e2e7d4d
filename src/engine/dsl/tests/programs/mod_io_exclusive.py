import tempfile, os
d = tempfile.mkdtemp()
p = os.path.join(d, "x.txt")
with open(p, "x") as f:
    f.write("made")
try:
    open(p, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.args)
print(open(p).read())
