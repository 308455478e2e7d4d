import tempfile, os
print(tempfile.gettempdir(), tempfile.gettempprefix())
a = tempfile.mkdtemp()
b = tempfile.mkdtemp(prefix="job_", suffix=".d")
print(a != b, os.path.isdir(a), os.path.dirname(a), len(os.path.basename(a)))
print(os.path.basename(b).startswith("job_"), b.endswith(".d"), os.listdir(b))
c = tempfile.mkdtemp(dir=a)
print(os.path.dirname(c) == a)
