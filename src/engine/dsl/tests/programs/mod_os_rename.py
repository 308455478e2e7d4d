import os, tempfile
d = tempfile.mkdtemp()
a = os.path.join(d, "a.txt")
b = os.path.join(d, "b.txt")
open(a, "w").write("A")
os.rename(a, b)
print(os.path.exists(a), open(b).read())
open(a, "w").write("new")
os.replace(a, b)
print(open(b).read(), sorted(os.listdir(d)))
try:
    os.rename(a, b)
except FileNotFoundError as e:
    print(str(e).replace(d, "D"))
os.mkdir(os.path.join(d, "dir"))
os.rename(os.path.join(d, "dir"), os.path.join(d, "dir2"))
print(sorted(os.listdir(d)))
