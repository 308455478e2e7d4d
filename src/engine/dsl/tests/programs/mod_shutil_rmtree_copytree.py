import shutil, tempfile, os
d = tempfile.mkdtemp()
tree = os.path.join(d, "tree")
os.makedirs(os.path.join(tree, "a", "b"))
open(os.path.join(tree, "a", "f.txt"), "w").write("f")
open(os.path.join(tree, "a", "b", "g.txt"), "w").write("g")
copy = shutil.copytree(tree, os.path.join(d, "copy"))
print(os.path.relpath(copy, d))
for root, dirs, files in os.walk(copy):
    print(os.path.relpath(root, d), sorted(dirs), sorted(files))
shutil.rmtree(tree)
print(sorted(os.listdir(d)))
try:
    shutil.rmtree(tree)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
shutil.rmtree(tree, ignore_errors=True)
print("ignored")
try:
    shutil.copytree(copy, copy)
except FileExistsError as e:
    print(type(e).__name__)
