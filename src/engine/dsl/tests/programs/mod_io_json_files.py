import json, tempfile, os
d = tempfile.mkdtemp()
p = os.path.join(d, 'x.json')
with open(p, 'w') as f:
    json.dump({'a': [1, 2]}, f, indent=2)
with open(p) as f:
    print(json.load(f))
print(open(p).read())
import io
s = io.StringIO()
json.dump([1], s)
print(s.getvalue())
