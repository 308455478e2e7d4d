import shutil, tempfile, os
d = tempfile.mkdtemp()
src = os.path.join(d, "src.txt")
open(src, "w").write("payload")
print(shutil.copyfile(src, os.path.join(d, "c1.txt")) == os.path.join(d, "c1.txt"))
os.mkdir(os.path.join(d, "sub"))
print(os.path.relpath(shutil.copy(src, os.path.join(d, "sub")), d))
print(os.path.relpath(shutil.move(os.path.join(d, "c1.txt"), os.path.join(d, "sub")), d))
print(sorted(os.listdir(d)), sorted(os.listdir(os.path.join(d, "sub"))))
print(open(os.path.join(d, "sub", "c1.txt")).read())
try:
    shutil.copyfile(src, src)
except shutil.SameFileError as e:
    print(type(e).__name__)
