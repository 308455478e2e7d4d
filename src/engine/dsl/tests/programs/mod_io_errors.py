import tempfile, os, io
d = tempfile.mkdtemp()
p = os.path.join(d, "e.txt")
try:
    open(os.path.join(d, "missing.txt"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
try:
    open(d)
except IsADirectoryError as e:
    print("isdir", e.errno)
f = open(p, "w")
try:
    f.read()
except io.UnsupportedOperation as e:
    print("unsupported:", e, isinstance(e, OSError), isinstance(e, ValueError))
try:
    f.write(42)
except TypeError as e:
    print(e)
f.close()
try:
    f.write("x")
except ValueError as e:
    print(e)
try:
    open(p, "rb", encoding="utf-8")
except ValueError as e:
    print(e)
try:
    open(p, encoding="klingon")
except LookupError as e:
    print(e)
try:
    open(3.5)
except TypeError as e:
    print(e)
