import os, tempfile
d = tempfile.mkdtemp()
for sub in ["x", "x/y", "z"]:
    os.makedirs(os.path.join(d, sub))
for f in ["top.txt", "x/one.txt", "x/y/two.txt", "z/three.txt"]:
    open(os.path.join(d, f), "w").write(f)
for root, dirs, files in os.walk(d):
    dirs.sort()
    print(os.path.relpath(root, d), sorted(dirs), sorted(files))
print("--- bottom up")
for root, dirs, files in os.walk(d, topdown=False):
    print(os.path.relpath(root, d), sorted(files))
print("--- pruned")
for root, dirs, files in os.walk(d):
    if "x" in dirs:
        dirs.remove("x")
    print(os.path.relpath(root, d), sorted(files))
print(list(os.walk(os.path.join(d, "missing"))))
