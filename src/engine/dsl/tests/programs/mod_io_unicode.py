import tempfile, os
d = tempfile.mkdtemp()
p = os.path.join(d, "u.txt")
with open(p, "w", encoding="utf-8") as f:
    print(f.write("héllo wörld ✓\n"))
print(os.path.getsize(p))
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="utf-8") as f:
    print(f.read(5), f.read())
with open(p, "w", encoding="latin-1") as f:
    f.write("café")
print(open(p, "rb").read())
try:
    with open(p, "w", encoding="ascii") as f:
        f.write("naïve")
except UnicodeEncodeError as e:
    print(e)
