"""Records what PySpark 3.5 prints for the example programs of this folder into expected/*.txt.

CPython runs each program's logic over a small model of PySpark's partition-level rules, because
output order (and float sums) follow partitioning: parallelize's batched slicing, portable_hash
placement, map-side combining in dict insertion order, reducers reading map outputs in map
partition order, default reduce partitions = the parent's partition count (spark.default.parallelism
is unset under spark-submit), a union's partitions = the sum of its parents'.
Run: PYTHONHASHSEED=0 python3 course/spark-examples/oracle.py   (pi.py is random: its test checks a range).
"""
import os
import re
import sys
from operator import add
from random import Random

assert os.environ.get("PYTHONHASHSEED") == "0", "run with PYTHONHASHSEED=0 (PySpark's workers use it)"

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
DATASETS = os.environ.get("FLINT_DATASETS") or os.path.join(ROOT, "public", "datasets")


def vfs(path):
    """The bundled file behind a VFS path (Spark sample paths resolve under datasets/spark)."""
    if path.startswith("/databricks-datasets/"):
        return os.path.join(DATASETS, path[len("/databricks-datasets/"):])
    return os.path.join(DATASETS, "spark", path)


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


class Rdd:
    """An evaluated RDD: its partitions, and the partitioner PySpark would know it has."""

    def __init__(self, parts, partitioner=None):
        self.parts = parts
        self.partitioner = partitioner

    @staticmethod
    def parallelize(data, n):
        data = list(data)
        batch = max(1, min(len(data) // n, 1024))
        batches = [data[i:i + batch] for i in range(0, len(data), batch)]
        return Rdd([[x for b in batches[(i * len(batches)) // n:((i + 1) * len(batches)) // n] for x in b] for i in range(n)])

    @staticmethod
    def text_file_one_split(path):
        with open(vfs(path), "rb") as f:
            text = f.read().decode("utf-8")
        return Rdd([re.split(r"\r\n|\r|\n", text[:-1] if text.endswith("\n") else text)])

    def n(self):
        return len(self.parts)

    def map_partitions(self, f, preserves=False):
        return Rdd([list(f(p)) for p in self.parts], self.partitioner if preserves else None)

    def map(self, f):
        return self.map_partitions(lambda p: map(f, p))

    def flat_map(self, f):
        return self.map_partitions(lambda p: (y for x in p for y in f(x)))

    def map_values(self, f):
        return self.map_partitions(lambda p: ((k, f(v)) for k, v in p), True)

    def flat_map_values(self, f):
        return self.map_partitions(lambda p: ((k, y) for k, v in p for y in f(v)), True)

    def union(self, other):
        if self.partitioner is not None and self.partitioner == other.partitioner:
            raise NotImplementedError("PartitionerAwareUnionRDD: not needed by these programs")
        return Rdd(self.parts + other.parts)

    def partition_by(self, n):
        if self.partitioner == n:
            return self
        out = [[] for _ in range(n)]
        for part in self.parts:
            for kv in part:
                out[portable_hash(kv[0]) % n].append(kv)
        return Rdd(out, n)

    def combine_by_key(self, create, merge_value, merge_combiners, n=None):
        n = n or self.n()

        def combine(items, first, then):
            d = {}
            for k, v in items:
                d[k] = then(d[k], v) if k in d else first(v)
            return list(d.items())

        local = self.map_partitions(lambda p: combine(p, create, merge_value), True)
        return local.partition_by(n).map_partitions(lambda p: combine(p, lambda c: c, merge_combiners), True)

    def reduce_by_key(self, f, n=None):
        return self.combine_by_key(lambda v: v, f, f, n)

    def group_by_key(self, n=None):
        return self.combine_by_key(lambda v: [v], lambda c, v: c + [v], lambda a, b: a + b, n)

    def distinct(self, n=None):
        return self.map(lambda x: (x, None)).reduce_by_key(lambda x, _: x, n).map(lambda kv: kv[0])

    def join(self, other, n=None):
        def dispatch(values):
            vs = [v for (i, v) in values if i == 1]
            ws = [w for (i, w) in values if i == 2]
            return [(v, w) for v in vs for w in ws]
        tagged = self.map_values(lambda v: (1, v)).union(other.map_values(lambda w: (2, w)))
        return tagged.group_by_key(n).flat_map_values(dispatch)

    def sort_by_key(self):
        # Range partitioning only moves records between partitions; collect() is a stable sort.
        return Rdd([sorted(self.collect(), key=lambda kv: kv[0])])

    def collect(self):
        return [x for p in self.parts for x in p]

    def count(self):
        return sum(len(p) for p in self.parts)


def wordcount():
    lines = Rdd.text_file_one_split("/databricks-datasets/README.md")
    counts = lines.flat_map(lambda line: line.split(" ")).map(lambda w: (w, 1)).reduce_by_key(add)
    return ["%s: %i" % (w, c) for (w, c) in counts.collect()]


def sort():
    lines = Rdd.text_file_one_split("data/mllib/pagerank_data.txt")
    ordered = lines.flat_map(lambda line: line.split(" ")).map(lambda s: (int(s), 1)).sort_by_key()
    return [str(k) for (k, _) in ordered.collect()]


def transitive_closure():
    rng = Random(42)
    edges = set()
    while len(edges) < 200:
        a, b = rng.randrange(0, 100), rng.randrange(0, 100)
        if a != b:
            edges.add((a, b))
    paths = Rdd.parallelize(edges, 2)
    reversed_edges = paths.map(lambda e: (e[1], e[0]))
    count = paths.count()
    while True:
        before = count
        longer = paths.join(reversed_edges, 2).map(lambda y_zx: (y_zx[1][1], y_zx[1][0]))
        paths = paths.union(longer).distinct(2)
        count = paths.count()
        if count == before:
            break
    return ["TC has %i edges" % paths.count()]


def pagerank():
    def contributions(urls, rank):
        return [(url, rank / len(urls)) for url in urls]

    lines = Rdd.text_file_one_split("data/mllib/pagerank_data.txt")
    links = lines.map(lambda line: tuple(re.split(r"\s+", line)[:2])).distinct().group_by_key()
    ranks = links.map(lambda kv: (kv[0], 1.0))
    for _ in range(10):
        contribs = links.join(ranks).flat_map(lambda kv: contributions(kv[1][0], kv[1][1]))
        ranks = contribs.reduce_by_key(add).map_values(lambda r: r * 0.85 + 0.15)
    return ["%s has rank: %s." % (link, rank) for (link, rank) in ranks.collect()]


def programming_guide():
    """The RDD snippets of the programming guide, as programming_guide.py prints them."""
    out = []
    data = [1, 2, 3, 4, 5]
    out.append("sum: %d" % sum(data))
    with open(vfs("data/mllib/pagerank_data.txt"), "rb") as f:
        lines = f.read().decode("utf-8").splitlines()
    out.append("total length: %d" % sum(len(s) for s in lines))
    out.append("words per line: %s" % [len(s.split(" ")) for s in lines])
    pairs = Rdd.text_file_one_split("data/mllib/pagerank_data.txt").map(lambda s: (s, 1))
    counts = pairs.reduce_by_key(add)
    out.append("counts: %s" % sorted(counts.collect()))
    # foreach runs on executors: the driver's counter is not updated.
    out.append("Counter value:  0")
    out.append("broadcast: [1, 2, 3]")
    out.append("Accumulator<id=0, value=0>")
    out.append("accumulated: 10")
    out.append("vector: [4.0, 6.0, 8.0]")
    out.append("lazy accumulator before an action: 0")
    out.append("lazy accumulator after an action: 15")
    return out


PROGRAMS = {
    "wordcount": wordcount,
    "sort": sort,
    "transitive_closure": transitive_closure,
    "pagerank": pagerank,
    "programming_guide": programming_guide,
}

if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "expected"), exist_ok=True)
    for name, program in PROGRAMS.items():
        with open(os.path.join(HERE, "expected", name + ".txt"), "w") as f:
            f.write("".join(line + "\n" for line in program()))
