import tempfile, os
d = tempfile.mkdtemp()
f = tempfile.NamedTemporaryFile("w", suffix=".csv", dir=d)
print(repr(f).startswith("<tempfile._TemporaryFileWrapper object at"), f.name.endswith(".csv"), f.mode)
f.write("a,b\n")
f.flush()
print(open(f.name).read(), end="")
f.close()
print(os.path.exists(f.name), os.listdir(d))
with tempfile.NamedTemporaryFile() as g:
    print(g.mode, type(g).__name__, g.write(b"bytes"))
    g.seek(0)
    print(g.read())
with tempfile.NamedTemporaryFile("w+", delete=False, dir=d) as h:
    h.write("kept")
print(open(h.name).read(), os.path.exists(h.name))
