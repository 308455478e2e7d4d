import fnmatch
names = ["data.csv", "data.txt", "notes.TXT", "x1", "x22"]
print(fnmatch.filter(names, "*.txt"), fnmatch.filter(names, "x?"), fnmatch.filter(names, "[dn]*"))
print(fnmatch.fnmatch("a.py", "*.py"), fnmatch.fnmatchcase("A.PY", "*.py"), fnmatch.fnmatch("a[1].py", "a[[]1].py"))
