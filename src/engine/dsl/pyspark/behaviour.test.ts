/**
 * PySpark behaviours without a recorded oracle here: reprs and lineage text, errors for
 * driver-only objects, shared variables inside tasks, text files on the VFS.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryVfs } from '../../io';
import { pysparkHarness } from './test-harness';

function lastLine(text: string | null): string | undefined {
  return text?.split('\n').pop();
}

describe('reprs and lineage', () => {
  it('names RDDs as PySpark 3.5 does', () => {
    const h = pysparkHarness();
    expect(h.run('sc').output).toBe('<SparkContext master=local[4] appName=PythonTest>\n');
    expect(h.run('rdd = sc.parallelize([1, 2, 3])\nrdd').output).toBe('ParallelCollectionRDD[0] at readRDDFromFile at PythonRDD.scala:289\n');
    expect(h.run('m = rdd.map(lambda x: x).filter(bool)\nm').output).toBe('PythonRDD[1] at RDD at PythonRDD.scala:53\n');
    expect(h.run('rdd.id(), m.id()').output).toBe('(0, 1)\n');
    expect(h.run('sc.emptyRDD()').output).toBe('EmptyRDD[2] at emptyRDD at NativeMethodAccessorImpl.java:0\n');
    expect(h.run('rdd.union(rdd)').output).toBe('UnionRDD[3] at union at NativeMethodAccessorImpl.java:0\n');
  });

  it('prints a shuffle lineage with stage boundaries', () => {
    const h = pysparkHarness();
    h.run('r = sc.parallelize([("a", 1), ("b", 2)], 2).reduceByKey(lambda a, b: a + b)');
    expect(h.run('r.toDebugString()').output).toBe(
      "b'(2) PythonRDD[5] at RDD at PythonRDD.scala:53 []\\n" +
        ' |  MapPartitionsRDD[4] at mapPartitions at PythonRDD.scala:160 []\\n' +
        ' |  ShuffledRDD[3] at partitionBy at NativeMethodAccessorImpl.java:0 []\\n' +
        ' +-(2) PairwiseRDD[2] at reduceByKey at <stdin>:1 []\\n' +
        '    |  PythonRDD[1] at reduceByKey at <stdin>:1 []\\n' +
        "    |  ParallelCollectionRDD[0] at readRDDFromFile at PythonRDD.scala:289 []'\n",
    );
  });

  it('shows StatCounter and storage levels as PySpark does', () => {
    const h = pysparkHarness();
    expect(h.run('sc.parallelize([1, 2, 3]).stats()').output).toBe('(count: 3, mean: 2.0, stdev: 0.816496580927726, max: 3.0, min: 1.0)\n');
    expect(h.run('r = sc.parallelize([1]).cache()\nprint(r.getStorageLevel())\nr.getStorageLevel()').output).toBe(
      'Memory Serialized 1x Replicated\nStorageLevel(False, True, False, False, 1)\n',
    );
  });
});

describe('driver-only objects and shared variables in tasks', () => {
  it('refuses SparkContext and RDDs inside transformations', () => {
    const h = pysparkHarness();
    const r = h.run('sc.parallelize([1]).map(lambda x: sc.defaultParallelism).collect()');
    expect(lastLine(r.error)).toMatch(/^pyspark\.errors\.exceptions\.base\.PySparkRuntimeError: \[CONTEXT_ONLY_VALID_ON_DRIVER\] It appears that you are attempting to reference SparkContext/);
    const r2 = h.run('other = sc.parallelize([2])\nsc.parallelize([1]).map(lambda x: other.count()).collect()');
    expect(lastLine(r2.error)).toMatch(/PySparkRuntimeError: \[RDD_TRANSFORM_ONLY_VALID_ON_DRIVER\]/);
  });

  it('fails a job that reads Accumulator.value in a task', () => {
    const h = pysparkHarness();
    const r = h.run('a = sc.accumulator(0)\nsc.parallelize([1, 2]).map(lambda x: a.value).collect()');
    expect(r.error).toContain('py4j.protocol.Py4JJavaError: An error occurred while calling z:org.apache.spark.api.python.PythonRDD.collectAndServe.');
    expect(r.error).toContain('[VALUE_NOT_ACCESSIBLE] Value `Accumulator.value` cannot be accessed inside tasks.');
  });

  it('adds from tasks with +=, add and a custom AccumulatorParam', () => {
    const h = pysparkHarness();
    h.run('a = sc.accumulator(1)\ndef f(x):\n    global a\n    a += x\nsc.parallelize([1, 2, 3]).foreach(f)');
    expect(h.run('a.value').output).toBe('7\n');
    h.run(
      'from pyspark.accumulators import AccumulatorParam\n' +
        'class V(AccumulatorParam):\n    def zero(self, value):\n        return [0.0] * len(value)\n' +
        '    def addInPlace(self, v1, v2):\n        for i in range(len(v1)):\n            v1[i] += v2[i]\n        return v1\n' +
        'va = sc.accumulator([1.0, 2.0], V())\ndef g(x):\n    global va\n    va += [x] * 2\nsc.parallelize([1, 2, 3]).foreach(g)',
    );
    expect(h.run('va.value').output).toBe('[7.0, 8.0]\n');
  });

  it('reads broadcasts from the executor registry, and refuses destroyed ones', () => {
    const h = pysparkHarness();
    h.run('b = sc.broadcast({1: "x", 2: "y"})');
    expect(h.run('sc.parallelize([1, 2, 3], 3).map(lambda k: b.value.get(k, "-")).collect()').output).toBe("['x', 'y', '-']\n");
    h.run('b.destroy()');
    const r = h.run('sc.parallelize([1]).map(lambda k: b.value[k]).collect()');
    expect(r.error).toContain('Attempted to use Broadcast(0) after it was destroyed');
  });

  it('ships builtins and importable classes by reference', () => {
    const h = pysparkHarness();
    h.run('from pyspark import TaskContext\nf = len\nconv = str');
    expect(h.run('sc.parallelize([1, 2, 3], 3).map(lambda x: TaskContext.get().partitionId()).collect()').output).toBe('[0, 1, 2]\n');
    expect(h.run('sc.parallelize(["ab", "c"]).map(lambda s: (f(s), conv(len(s)))).collect()').output).toBe("[(2, '2'), (1, '1')]\n");
    expect(h.run('sc.parallelize([("a", [1, 2])]).mapValues(len).collect()').output).toBe("[('a', 2)]\n");
    expect(h.run('TaskContext.get() is None').output).toBe('True\n');
    h.run('import math\ng = math.sqrt');
    expect(h.run('sc.parallelize([4]).map(lambda x: g(x)).collect()').output).toBe('[2.0]\n');
    expect(h.run('sc.parallelize(["a b"]).flatMap(str.split).map(str.upper).collect()').output).toBe("['A', 'B']\n");
    expect(h.run('sc.parallelize([["a", "b"]]).map("-".join).collect()').output).toBe("['a-b']\n");
  });

  it('ships closures over None, shared functions and recursion', () => {
    const h = pysparkHarness();
    h.run('def make(d):\n    return lambda x: x or d\ndef fact(n):\n    return 1 if n < 2 else n * fact(n - 1)');
    expect(h.run('sc.parallelize([0, 2]).map(make(None)).collect()').output).toBe('[None, 2]\n');
    expect(h.run('sc.parallelize([5, 3]).map(fact).collect()').output).toBe('[120, 6]\n');
    expect(h.run('k = lambda x: -x\nsc.parallelize([3, 1, 2], 2).map(k).top(2, key=k)').output).toBe('[-3, -2]\n');
  });

  it('ships notebook classes by value and brings instances back as the same class', () => {
    const h = pysparkHarness();
    h.run('class Point:\n    def __init__(self, x):\n        self.x = x\n    def double(self):\n        return Point(self.x * 2)\n    def __repr__(self):\n        return "Point(%r)" % self.x\nclass Sub(Point):\n    def double(self):\n        return super().double()');
    expect(h.run('ps = sc.parallelize([1, 2, 3]).map(lambda x: Sub(x).double()).collect()\nps, isinstance(ps[0], Point)').output).toBe('([Point(2), Point(4), Point(6)], True)\n');
    expect(h.run('sc.parallelize([Point(5)]).map(lambda p: p.x + 1).collect()').output).toBe('[6]\n');
    expect(h.run('sc.parallelize([1, 2]).map(lambda x: (x % 2, Point(x))).groupByKey().mapValues(list).collect()').output).toBe('[(0, [Point(2)]), (1, [Point(1)])]\n');
  });

  it('keeps prints inside tasks out of the cell output', () => {
    const h = pysparkHarness();
    expect(h.run('sc.parallelize([1, 2]).foreach(print)').output).toBe('');
  });
});

describe('text files on the VFS', () => {
  it('reads with textFile, names the RDD by path and writes part files with saveAsTextFile', () => {
    const vfs = createMemoryVfs();
    vfs.writeFile('/tmp/in.txt', 'a\nb\nc\n', { createParents: true });
    const h = pysparkHarness(4, 'local[4]', 'PythonTest', vfs);
    expect(h.run('t = sc.textFile("/tmp/in.txt")\nt').output).toBe('/tmp/in.txt MapPartitionsRDD[1] at textFile at NativeMethodAccessorImpl.java:0\n');
    expect(h.run('t.collect()').output).toBe("['a', 'b', 'c']\n");
    expect(h.run('sc.parallelize([1, 2, 3], 2).saveAsTextFile("/tmp/out")').error).toBeNull();
    expect(vfs.listDir('/tmp/out').map((f) => f.name)).toEqual(['_SUCCESS', 'part-00000', 'part-00001']);
    expect(vfs.readText('/tmp/out/part-00001')).toBe('2\n3\n');
    expect(h.run('sorted(sc.textFile("/tmp/out").collect())').output).toBe("['1', '2', '3']\n");
    expect(lastLine(h.run('sc.parallelize([1]).saveAsTextFile("/tmp/out")').error)).toBe(': org.apache.hadoop.mapred.FileAlreadyExistsException: Output directory file:/tmp/out already exists');
    expect(lastLine(h.run('sc.textFile("/tmp/nope").count()').error)).toBe(': org.apache.hadoop.mapred.InvalidInputException: Input path does not exist: file:/tmp/nope');
  });
});
