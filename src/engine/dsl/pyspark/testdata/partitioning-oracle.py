"""Simulates in CPython how PySpark 3.5 places records in partitions (parallelize's batched
slicing, partitionBy with portable_hash, map-side combining, sortByKey's sampled range
bounds) and records glom() outputs into partitioning.expected.json.
Run: PYTHONHASHSEED=0 python3 partitioning-oracle.py [--stdout]"""
import json
import math
import os
import random
import sys

assert os.environ.get("PYTHONHASHSEED") == "0", "run with PYTHONHASHSEED=0"


def portable_hash(x):
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


def parallelize(data, n):
    # The list is written in batches; the JVM slices the batches by position.
    batch = max(1, min(len(data) // n, 1024))
    batches = [data[i:i + batch] for i in range(0, len(data), batch)]
    out = []
    for i in range(n):
        lo, hi = (i * len(batches)) // n, ((i + 1) * len(batches)) // n
        out.append([x for b in batches[lo:hi] for x in b])
    return out


def prange(start, end, n):
    size = len(range(start, end))
    return [list(range(start + (i * size // n), start + ((i + 1) * size // n))) for i in range(n)]


def partition_by(parts, n, func=portable_hash):
    out = [[] for _ in range(n)]
    for part in parts:
        for kv in part:
            out[func(kv[0]) % n].append(kv)
    return out


def combine(parts, create, merge):
    res = []
    for part in parts:
        d = {}
        for k, v in part:
            d[k] = merge(d[k], v) if k in d else create(v)
        res.append(list(d.items()))
    return res


def reduce_by_key(parts, f, n):
    local = combine(parts, lambda v: v, f)
    return combine(partition_by(local, n), lambda v: v, f)


def sample(parts, fraction, seed):
    out = []
    for split, part in enumerate(parts):
        rng = random.Random(seed ^ split)
        for _ in range(10):
            rng.randint(0, 1)
        out.append([x for x in part if rng.random() < fraction])
    return out


def sort_by_key(parts, n, ascending=True):
    size = sum(len(p) for p in parts)
    fraction = min(n * 20.0 / max(size, 1), 1.0)
    samples = sorted(kv[0] for p in sample(parts, fraction, 1) for kv in p)
    bounds = [samples[int(len(samples) * (i + 1) / n)] for i in range(0, n - 1)]

    def target(k):
        lo, hi = 0, len(bounds)
        while lo < hi:
            mid = (lo + hi) // 2
            if bounds[mid] < k:
                lo = mid + 1
            else:
                hi = mid
        return lo if ascending else n - 1 - lo
    return [sorted(p, key=lambda kv: kv[0], reverse=not ascending) for p in partition_by(parts, n, target)]


words = "the quick brown fox jumps over the lazy dog and the cat sat on the mat with a hat".split()
pairs = [(w, 1) for w in words]
cases = [
    ("sc.parallelize(range(10), 3).glom().collect()", prange(0, 10, 3)),
    ("sc.parallelize(list(range(10)), 3).glom().collect()", parallelize(list(range(10)), 3)),
    ("sc.parallelize(list(range(7)), 4).glom().collect()", parallelize(list(range(7)), 4)),
    ("sc.parallelize(list(range(2500)), 2).glom().map(len).collect()", [len(p) for p in parallelize(list(range(2500)), 2)]),
    ("sc.parallelize(list(range(5000)), 3).glom().map(len).collect()", [len(p) for p in parallelize(list(range(5000)), 3)]),
    ("sc.parallelize([(i, i) for i in range(12)], 3).partitionBy(4).glom().collect()",
     partition_by(parallelize([(i, i) for i in range(12)], 3), 4)),
    ("sc.parallelize(%r, 3).partitionBy(3).glom().collect()" % pairs, partition_by(parallelize(pairs, 3), 3)),
    ("sc.parallelize(%r, 4).reduceByKey(lambda a, b: a + b, 3).glom().collect()" % pairs,
     reduce_by_key(parallelize(pairs, 4), lambda a, b: a + b, 3)),
    ("sc.parallelize([((i % 3, 'k'), i) for i in range(9)], 2).reduceByKey(lambda a, b: a + b).glom().collect()",
     reduce_by_key(parallelize([((i % 3, 'k'), i) for i in range(9)], 2), lambda a, b: a + b, 2)),
    ("sc.parallelize([(None, 1), (None, 2), (1.5, 3), (-7, 4)], 2).partitionBy(3).glom().collect()",
     partition_by(parallelize([(None, 1), (None, 2), (1.5, 3), (-7, 4)], 2), 3)),
    ("sc.parallelize(%r, 4).sortByKey(numPartitions=3).glom().collect()" % pairs, sort_by_key(parallelize(pairs, 4), 3)),
    ("sc.parallelize([(i * 37 % 101, i) for i in range(60)], 4).sortByKey(False, 3).glom().collect()",
     sort_by_key(parallelize([(i * 37 % 101, i) for i in range(60)], 4), 3, False)),
    ("sc.parallelize(range(100), 4).sample(False, 0.1, 42).collect()",
     [x for p in sample(prange(0, 100, 4), 0.1, 42) for x in p]),
]


def hadoop_text(files, min_partitions):
    # FileInputFormat.getSplits (32 MB local blocks, 10% slop) then LineRecordReader.
    total = sum(len(b) for b in files.values())
    split_size = max(1, min(total // (min_partitions or 1), 32 * 1024 * 1024))
    splits = []
    for name in sorted(files):
        size = len(files[name])
        if size == 0:
            splits.append((name, 0, 0))
            continue
        left = size
        while left / split_size > 1.1:
            splits.append((name, size - left, split_size))
            left -= split_size
        if left:
            splits.append((name, size - left, left))
    parts = []
    for name, start, length in splits:
        data = files[name]
        end = start + length
        lines, p = [], 0
        while p < len(data) and p <= end:
            q = p
            while q < len(data) and data[q] not in b"\r\n":
                q += 1
            if (p >= 0 if start == 0 else p > start):
                lines.append(data[p:q].decode("utf-8", "replace"))
            if q < len(data) and data[q:q + 2] == b"\r\n":
                q += 1
            p = q + 1
        parts.append(lines)
    return parts


text_files = {
    "/tmp/tf/a.txt": "alpha\nbeta gamma\n\ndelta\nepsilon zeta eta\ntheta\n".encode(),
    "/tmp/tf/b.txt": "one\r\ntwo\rthree\nfour with café".encode(),
    "/tmp/tf/c.txt": b"",
}
file_cases = []
for mp in (1, 2, 3, 7):
    file_cases.append(("sc.textFile('/tmp/tf', %d).glom().collect()" % mp, hadoop_text(text_files, mp)))
file_cases.append(("sc.textFile('/tmp/tf/a.txt').glom().collect()", hadoop_text({"/tmp/tf/a.txt": text_files["/tmp/tf/a.txt"]}, 2)))

out = [{"code": code, "output": repr(value)} for code, value in cases]
out += [{"code": code, "output": repr(value), "files": {k: v.decode("latin-1") for k, v in text_files.items()}}
        for code, value in file_cases]
if "--stdout" in sys.argv:
    json.dump(out, sys.stdout)
else:
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "partitioning.expected.json"), "w") as f:
        json.dump(out, f, indent=0)
        f.write("\n")
