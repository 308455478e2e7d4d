import os, tempfile
d = tempfile.mkdtemp()
open(os.path.join(d, 'a.txt'), 'w').write('hi')
for e in os.scandir(d):
    print(os.path.basename(os.path.join(e, 'x')), os.fspath(e) == e.path, open(e).read())
class P:
    def __fspath__(self):
        return os.path.join(d, 'a.txt')
print(open(P()).read(), os.path.exists(P()), os.path.isfile(P()), os.path.basename(P()), os.path.exists(42))
