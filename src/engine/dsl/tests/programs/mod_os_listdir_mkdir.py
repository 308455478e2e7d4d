import os, tempfile
d = tempfile.mkdtemp()
print(os.listdir(d))
os.mkdir(os.path.join(d, "b"))
os.mkdir(os.path.join(d, "a"))
open(os.path.join(d, "c.txt"), "w").close()
print(sorted(os.listdir(d)))
try:
    os.mkdir(os.path.join(d, "a"))
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.mkdir(os.path.join(d, "x", "y"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
try:
    os.listdir(os.path.join(d, "c.txt"))
except NotADirectoryError as e:
    print(type(e).__name__, e.errno)
try:
    os.listdir(os.path.join(d, "nope"))
except FileNotFoundError as e:
    print(type(e).__name__)
