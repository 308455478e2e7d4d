import tempfile, os
with tempfile.TemporaryDirectory(prefix="work") as d:
    print(type(d).__name__, os.path.isdir(d), os.path.basename(d).startswith("work"))
    with open(os.path.join(d, "a.txt"), "w") as f:
        f.write("x")
    os.mkdir(os.path.join(d, "sub"))
    open(os.path.join(d, "sub", "b.txt"), "w").close()
    saved = d
print(os.path.exists(saved))
t = tempfile.TemporaryDirectory()
print(repr(t) == "<TemporaryDirectory %r>" % t.name, os.path.isdir(t.name))
t.cleanup()
print(os.path.exists(t.name))
