import os.path as p
print(p.join("a", "b", "c"), p.join("a", "/b", "c"), p.join("a/", "b"), p.join("a", ""), p.join("", "a"))
print(p.split("/a/b/"), p.split("a"), p.split("//a"), p.split("/"))
print(p.dirname("/a/b"), p.dirname("/"), p.basename("/a/b/"), p.basename("a.txt"))
print(p.splitext("a.tar.gz"), p.splitext(".bashrc"), p.splitext("a/.b.c"), p.splitext("a."), p.splitext("..x"))
try:
    p.join("a", 3)
except TypeError as e:
    print(e)
