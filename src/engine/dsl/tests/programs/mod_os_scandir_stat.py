import os, tempfile
d = tempfile.mkdtemp()
os.mkdir(os.path.join(d, "sub"))
with open(os.path.join(d, "f.txt"), "w") as f:
    f.write("hello")
with os.scandir(d) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.is_file(), e.is_dir(), e.path == os.path.join(d, e.name))
st = os.stat(os.path.join(d, "f.txt"))
print(st.st_size, oct(st.st_mode & 0o170000))
print(oct(os.stat(d).st_mode & 0o170000))
try:
    os.stat(os.path.join(d, "nope"))
except FileNotFoundError as e:
    print(e.errno)
