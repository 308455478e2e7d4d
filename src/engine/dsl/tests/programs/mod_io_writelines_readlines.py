import tempfile, os
d = tempfile.mkdtemp()
p = os.path.join(d, "w.txt")
with open(p, "w") as f:
    f.writelines(["one\n", "two\n", "three"])
with open(p) as f:
    print(f.readlines())
with open(p) as f:
    print(f.readline(2), f.readline(), f.readline(100))
with open(p) as f:
    print(f.readlines(5))
with open(p) as f:
    print(next(f), next(f), next(f))
    try:
        next(f)
    except StopIteration:
        print("done")
