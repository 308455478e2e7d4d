import os, tempfile
from fileinput import input
from glob import glob
d = tempfile.mkdtemp()
for i, text in enumerate(["0\n1\n", "2\n3\n", "4\n"]):
    with open(os.path.join(d, "part-0000%d" % i), "w") as f:
        f.write(text)
print(''.join(sorted(input(glob(d + "/part-0000*")))))
import fileinput
with fileinput.input(sorted(glob(d + "/part-*"))) as fi:
    for line in fi:
        print(os.path.basename(fi.filename()), fi.lineno(), fi.filelineno(), line.strip())
