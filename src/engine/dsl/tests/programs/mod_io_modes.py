import tempfile, os
d = tempfile.mkdtemp()
p = os.path.join(d, "m.txt")
for m in ["r", "rt", "r+", "w", "w+", "a", "a+"]:
    open(p, "w").close()
    f = open(p, m)
    print(m, f.mode, type(f).__name__, f.readable(), f.writable())
    f.close()
for bad in ["z", "rw", "rb+t", "", "bt", "rr", "wx"]:
    try:
        open(p, bad)
    except ValueError as e:
        print(repr(bad), e)
