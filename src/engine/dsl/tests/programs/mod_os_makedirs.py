import os, tempfile
d = tempfile.mkdtemp()
deep = os.path.join(d, "a", "b", "c")
os.makedirs(deep)
print(os.path.isdir(deep))
os.makedirs(deep, exist_ok=True)
try:
    os.makedirs(deep)
except FileExistsError as e:
    print("exists", e.errno)
f = os.path.join(d, "file")
open(f, "w").close()
try:
    os.makedirs(f, exist_ok=True)
except FileExistsError as e:
    print("file in the way", e.errno)
print(sorted(os.listdir(os.path.join(d, "a"))))
