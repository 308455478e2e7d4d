"""Records portable_hash (PySpark's algorithm, PYTHONHASHSEED=0) for the cases in
portable-hash-cases.txt (one Python literal per line) into portable-hash.expected.json.
Run: PYTHONHASHSEED=0 python3 portable-hash-oracle.py"""
import json, os, sys

assert os.environ.get("PYTHONHASHSEED") == "0", "run with PYTHONHASHSEED=0"

def portable_hash(x):
    # The algorithm as PySpark documents it (tuples mixed, None is 0, else hash()).
    if x is None:
        return 0
    if isinstance(x, tuple):
        h = 0x345678
        for i in x:
            h ^= portable_hash(i)
            h *= 1000003
            h &= sys.maxsize
        h ^= len(x)
        if h == -1:
            h = -2
        return int(h)
    return hash(x)

here = os.path.dirname(os.path.abspath(__file__))
out = []
with open(os.path.join(here, "portable-hash-cases.txt"), encoding="utf-8") as f:
    for line in f:
        line = line.rstrip("\n")
        if not line.strip():
            continue
        out.append({"literal": line, "hash": str(portable_hash(eval(line)))})
if "--stdout" in sys.argv:
    json.dump(out, sys.stdout, ensure_ascii=False)
else:
    with open(os.path.join(here, "portable-hash.expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=0, ensure_ascii=False)
        f.write("\n")
