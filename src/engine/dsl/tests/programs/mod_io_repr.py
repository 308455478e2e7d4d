import tempfile, os
d = tempfile.mkdtemp()
os.chdir(d)
f = open("x.txt", "w")
print(repr(f))
f.close()
g = open("x.txt", encoding="utf8")
print(repr(g), g.encoding)
g.close()
for mode in ["rb", "wb", "ab", "r+b", "a+b", "wb+"]:
    h = open("x.txt", mode)
    print(mode, repr(h), h.mode)
    h.close()
