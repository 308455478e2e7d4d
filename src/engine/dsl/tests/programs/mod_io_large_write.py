import tempfile, os
d = tempfile.mkdtemp()
p = os.path.join(d, "big.txt")
with open(p, "w") as f:
    for i in range(5000):
        f.write("line %d\n" % i)
print(os.path.getsize(p))
n = 0
total = 0
with open(p) as f:
    for line in f:
        n += 1
        total += int(line.split()[1])
print(n, total)
with open(p) as f:
    lines = f.read().split("\n")
print(len(lines), lines[-2])
