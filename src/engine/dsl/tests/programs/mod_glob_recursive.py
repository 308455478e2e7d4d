import glob, os, tempfile
d = tempfile.mkdtemp()
os.makedirs(os.path.join(d, "x", "y"))
for f in ["top.py", "x/mid.py", "x/y/deep.py", "x/y/data.csv"]:
    open(os.path.join(d, f), "w").close()
rel = lambda xs: sorted(os.path.relpath(x, d) for x in xs)
print(rel(glob.glob(os.path.join(d, "**", "*.py"), recursive=True)))
print(rel(glob.glob(os.path.join(d, "**"), recursive=True)))
print(rel(glob.glob(os.path.join(d, "**", "*.py"))))
print(rel(glob.iglob(os.path.join(d, "x", "*", "*.csv"))))
print(glob.has_magic("a*"), glob.has_magic("abc"), glob.escape("a*b?[c]"))
