import tempfile, os
d = tempfile.mkdtemp()
p = os.path.join(d, "log.txt")
for i in range(3):
    with open(p, "a") as f:
        f.write("entry %d\n" % i)
print(open(p).read().splitlines())
with open(p, "a+") as f:
    f.write("tail\n")
    f.seek(0)
    print(f.readline().strip(), f.tell())
