import gzip
import io
import os
import tempfile
import fileinput

data = b"hello gzip\n" * 50 + bytes(range(256))
z = gzip.compress(data)
print(z[:2], len(gzip.decompress(z)) == len(data), gzip.decompress(z) == data)
print(gzip.decompress(gzip.compress(b"")) == b"")
print(gzip.decompress(gzip.compress(b"a") + gzip.compress(b"b")))
for level in (0, 1, 9):
    print(level, gzip.decompress(gzip.compress(data, level)) == data)
try:
    gzip.decompress(b"not gzip")
except gzip.BadGzipFile as e:
    print("BadGzipFile", e)
try:
    gzip.decompress(z[:20])
except EOFError as e:
    print("EOFError", e)

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "a.txt.gz")
    with gzip.open(p, "wb") as f:
        f.write(b"line one\nline two\n")
    with gzip.open(p, "rb") as f:
        print(f.read())
    with gzip.open(p, "rt") as f:
        print(f.readlines())
    with gzip.open(p) as f:
        print(type(f.read()).__name__)
    q = os.path.join(d, "b.txt")
    with open(q, "w") as f:
        f.write("plain\n")
    print(sorted(fileinput.input([p, q], openhook=fileinput.hook_compressed)))
    print(list(fileinput.input([p], mode="rb", openhook=fileinput.hook_compressed)))
try:
    gzip.open("x.gz", "rbt")
except ValueError as e:
    print("ValueError", e)
