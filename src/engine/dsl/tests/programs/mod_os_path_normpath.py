import os.path as p
for s in ["a//b/../c/./", "", "//a", "///a/..", "../../a", "/..", "a/b/../../..", "./", "/a/./b/"]:
    print(repr(s), repr(p.normpath(s)))
print(p.relpath("/a/b/c", "/a/d"), p.relpath("/a", "/a"), p.relpath("/x/y", "/"))
try:
    p.relpath("")
except ValueError as e:
    print(e)
print(p.isabs("/x"), p.isabs("x"), p.commonprefix(["/usr/lib", "/usr/local"]), p.commonpath(["/usr/lib", "/usr/local"]))
print(p.commonprefix([]))
try:
    p.commonpath(["/a", "b"])
except ValueError as e:
    print(e)
