import os, tempfile
d = tempfile.mkdtemp()
f = os.path.join(d, "f.txt")
with open(f, "w") as h:
    h.write("12345")
print(os.path.exists(d), os.path.exists(f), os.path.exists(f + "x"), os.path.exists(""))
print(os.path.isfile(f), os.path.isfile(d), os.path.isdir(d), os.path.isdir(f))
print(os.path.getsize(f))
try:
    os.path.getsize(f + "x")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
print(os.path.abspath(f) == f, os.path.isabs(os.path.abspath("rel")))
print(os.path.expanduser("plain"), os.path.islink(f))
