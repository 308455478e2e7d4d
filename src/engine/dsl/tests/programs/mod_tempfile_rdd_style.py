import os
import tempfile
with tempfile.TemporaryDirectory(prefix="wholeTextFiles") as d:
    with open(os.path.join(d, "1.txt"), "w") as f:
        _ = f.write("123")
    with open(os.path.join(d, "2.txt"), "w") as f:
        _ = f.write("xyz")
    collected = sorted((os.path.basename(p), open(os.path.join(d, p)).read()) for p in os.listdir(d))
print(collected)
