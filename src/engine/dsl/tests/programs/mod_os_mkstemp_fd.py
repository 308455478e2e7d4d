import os, tempfile
d = tempfile.mkdtemp()
fd, path = tempfile.mkstemp(suffix=".dat", prefix="pre", dir=d)
print(type(fd).__name__, os.path.basename(path).startswith("pre"), path.endswith(".dat"))
print(os.write(fd, b"abc"), os.write(fd, b"def"))
os.close(fd)
print(open(path).read())
try:
    os.close(fd)
except OSError as e:
    print(e.errno, e.strerror)
