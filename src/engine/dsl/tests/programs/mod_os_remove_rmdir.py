import os, tempfile
d = tempfile.mkdtemp()
sub = os.path.join(d, "sub")
os.mkdir(sub)
f = os.path.join(sub, "f.txt")
open(f, "w").write("x")
try:
    os.rmdir(sub)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.remove(sub)
except IsADirectoryError as e:
    print(type(e).__name__, e.errno)
try:
    os.rmdir(f)
except NotADirectoryError as e:
    print(type(e).__name__, e.errno)
os.unlink(f)
print(os.listdir(sub))
os.rmdir(sub)
print(os.path.exists(sub))
try:
    os.remove(f)
except FileNotFoundError as e:
    print(type(e).__name__, e.strerror)
