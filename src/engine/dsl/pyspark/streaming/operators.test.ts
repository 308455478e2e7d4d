/**
 * DStream operators on a ManualClock (batch = 1 s, zero time 0, first batch at 1000 ms),
 * against expectations worked out by hand from Spark's DStream semantics.
 */
import { describe, expect, it } from 'vitest';
import { streamingHarness } from './test-support';

const SINK = 'def sink(stream, key=sorted):\n    out = []\n    stream.foreachRDD(lambda rdd: out.append(key(rdd.collect())))\n    return out\n';

function setup(batchSeconds = 1) {
  const s = streamingHarness(batchSeconds);
  s.run(SINK);
  return s;
}

describe('queueStream and element-wise operators', () => {
  it('takes one RDD per batch, then empty batches (whose count is no element: an empty RDD has no partitions)', () => {
    const s = setup();
    s.run('q = ssc.queueStream([[1, 2, 3], [4, 5], [6]])\nout = sink(q)\nn = sink(q.count(), list)');
    s.run('ssc.start()');
    s.advance(5);
    expect(s.run('print(out)\nprint(n)')).toBe('[[1, 2, 3], [4, 5], [6], [], []]\n[[3], [2], [1], [], []]\n');
  });

  it('needs a non-empty queue, as PySpark (which reads the first RDD of the list)', () => {
    const s = setup();
    expect(s.fails('ssc.queueStream([])').split('\n').pop()).toBe('IndexError: list index out of range');
  });

  it('takes the whole queue at once with oneAtATime=False, then the default RDD', () => {
    const s = setup();
    s.run('q = ssc.queueStream([[1], [2, 3]], oneAtATime=False, default=[0])\nout = sink(q)');
    s.run('ssc.start()');
    s.advance(3);
    expect(s.run('print(out)')).toBe('[[1, 2, 3], [0], [0]]\n');
  });

  it('applies map, flatMap, filter, mapPartitions, glom, reduce and countByValue per batch', () => {
    const s = setup();
    s.run(
      'q = ssc.queueStream([sc.parallelize(["a b", "b c"], 2), sc.parallelize(["c"], 1)])\n' +
        'words = q.flatMap(lambda l: l.split())\n' +
        'm = sink(words.map(str.upper))\n' +
        'f = sink(words.filter(lambda w: w != "b"))\n' +
        'mp = sink(words.mapPartitions(lambda it: [len(list(it))]), list)\n' +
        'g = sink(q.glom(), list)\n' +
        'r = sink(words.reduce(lambda a, b: a + b), list)\n' +
        'cv = sink(words.countByValue())',
    );
    s.run('ssc.start()');
    s.advance(2);
    expect(s.run('print(m)\nprint(f)\nprint(mp)\nprint(g)\nprint(r)\nprint(cv)')).toBe(
      "[['A', 'B', 'B', 'C'], ['C']]\n" +
        "[['a', 'c'], ['c']]\n" +
        '[[2, 2], [1]]\n' +
        "[[['a b'], ['b c']], [['c']]]\n" +
        "[['abbc'], ['c']]\n" +
        "[[('a', 1), ('b', 2), ('c', 1)], [('c', 1)]]\n",
    );
  });

  it('prints batches as pprint does, with ... past num', () => {
    const s = setup();
    s.run('q = ssc.queueStream([list(range(12)), [], ["x"]])\nq.pprint()\nq.pprint(2)');
    s.run('ssc.start()');
    const out = s.advance(2);
    const head = (t: string) => `-------------------------------------------\nTime: ${t}\n-------------------------------------------\n`;
    expect(out).toBe(
      head('1970-01-01 00:00:01') + '0\n1\n2\n3\n4\n5\n6\n7\n8\n9\n...\n\n' + head('1970-01-01 00:00:01') + '0\n1\n...\n\n' +
        head('1970-01-01 00:00:02') + '\n' + head('1970-01-01 00:00:02') + '\n',
    );
  });

  it('shows sub-second batch times with microseconds, as datetime does', () => {
    const s = setup(0.5);
    s.run('q = ssc.queueStream([[1]])\nq.pprint()');
    s.run('ssc.start()');
    expect(s.advance(0.5)).toContain('Time: 1970-01-01 00:00:00.500000\n');
  });

  it('passes the batch time to foreachRDD and transform functions of two arguments', () => {
    const s = setup();
    s.run(
      'times = []\nq = ssc.queueStream([[1], [2]])\n' +
        'q.transform(lambda t, rdd: rdd.map(lambda x: (t.second, x))).foreachRDD(lambda t, rdd: times.append((str(t), rdd.collect())))',
    );
    s.run('ssc.start()');
    s.advance(2);
    expect(s.run('print(times)')).toBe("[('1970-01-01 00:00:01', [(1, 1)]), ('1970-01-01 00:00:02', [(2, 2)])]\n");
  });
});

describe('pair operators', () => {
  it('reduces, groups and combines by key within each batch', () => {
    const s = setup();
    s.run(
      'q = ssc.queueStream([[("a", 1), ("b", 2), ("a", 3)], [("b", 5)]])\n' +
        'rk = sink(q.reduceByKey(lambda a, b: a + b))\n' +
        'gk = sink(q.groupByKey().mapValues(sorted))\n' +
        'ck = sink(q.combineByKey(lambda v: [v], lambda c, v: c + [v], lambda a, b: a + b).mapValues(sorted))\n' +
        'fv = sink(q.flatMapValues(lambda v: range(v)).filter(lambda kv: kv[1] > 1))\n' +
        'pb = sink(q.partitionBy(2).glom().map(lambda p: 1), list)',
    );
    s.run('ssc.start()');
    s.advance(2);
    expect(s.run('print(rk)\nprint(gk)\nprint(ck)\nprint(fv)\nprint(pb)')).toBe(
      "[[('a', 4), ('b', 2)], [('b', 5)]]\n" +
        "[[('a', [1, 3]), ('b', [2])], [('b', [5])]]\n" +
        "[[('a', [1, 3]), ('b', [2])], [('b', [5])]]\n" +
        "[[('a', 2)], [('b', 2), ('b', 3), ('b', 4)]]\n" +
        '[[1, 1], [1, 1]]\n',
    );
  });

  it('joins, cogroups and unions two streams batch by batch', () => {
    const s = setup();
    s.run(
      'a = ssc.queueStream([[("k", 1), ("x", 2)], [("k", 3)]])\n' +
        'b = ssc.queueStream([[("k", "v")], [("y", "w")]])\n' +
        'j = sink(a.join(b))\nl = sink(a.leftOuterJoin(b))\nr = sink(a.rightOuterJoin(b))\nfo = sink(a.fullOuterJoin(b))\n' +
        'cg = sink(a.cogroup(b).mapValues(lambda vs: (list(vs[0]), list(vs[1]))))\n' +
        'u = sink(a.map(lambda kv: kv[0]).union(b.map(lambda kv: kv[0])))\n' +
        'u2 = sink(ssc.union(a.map(lambda kv: 1), b.map(lambda kv: 2), a.map(lambda kv: 3)))\n' +
        'tw = sink(a.transformWith(lambda x, y: x.keys().subtract(y.keys()), b))\n' +
        'tn = sink(ssc.transform([a, b], lambda rdds: rdds[0].union(rdds[1]).keys()))',
    );
    s.run('ssc.start()');
    s.advance(2);
    expect(s.run('for v in (j, l, r, fo, cg, u, u2, tw, tn):\n    print(v)')).toBe(
      "[[('k', (1, 'v'))], []]\n" +
        "[[('k', (1, 'v')), ('x', (2, None))], [('k', (3, None))]]\n" +
        "[[('k', (1, 'v'))], [('y', (None, 'w'))]]\n" +
        "[[('k', (1, 'v')), ('x', (2, None))], [('k', (3, None)), ('y', (None, 'w'))]]\n" +
        "[[('k', ([1], ['v'])), ('x', ([2], []))], [('k', ([3], [])), ('y', ([], ['w']))]]\n" +
        "[['k', 'k', 'x'], ['k', 'y']]\n" +
        '[[1, 1, 2, 3, 3], [1, 2, 3]]\n' +
        "[['x'], ['k']]\n" +
        "[['k', 'k', 'x'], ['k', 'y']]\n",
    );
  });
});

describe('state', () => {
  it('keeps running totals with updateStateByKey, starting from initialRDD, dropping keys set to None', () => {
    const s = setup();
    s.run('ssc.checkpoint("/tmp/ck-state")');
    s.run(
      'q = ssc.queueStream([[("a", 1), ("b", 1)], [("a", 2)], [], [("b", 5), ("drop", 1)]])\n' +
        'def update(new, last):\n    total = sum(new) + (last or 0)\n    return None if total > 5 else total\n' +
        'st = sink(q.updateStateByKey(update, initialRDD=[("a", 10), ("c", 1)]))',
    );
    s.run('ssc.start()');
    s.advance(4);
    // a starts at 10: 11 > 5 so it is dropped at once; b: 1, 1, 1, 6 -> dropped; c stays 1; drop: 1.
    expect(s.run('for v in st:\n    print(v)')).toBe(
      "[('b', 1), ('c', 1)]\n" + "[('a', 2), ('b', 1), ('c', 1)]\n" + "[('a', 2), ('b', 1), ('c', 1)]\n" + "[('a', 2), ('c', 1), ('drop', 1)]\n",
    );
  });

  it('refuses to start a stateful stream without a checkpoint directory', () => {
    const s = setup();
    s.run('q = ssc.queueStream([[("a", 1)]])\nq.updateStateByKey(lambda n, l: 1).pprint()');
    expect(s.fails('ssc.start()').split('\n').pop()).toBe(
      'pyspark.errors.exceptions.captured.IllegalArgumentException: requirement failed: The checkpoint directory has not been set. Please set it by StreamingContext.checkpoint().',
    );
  });
});

describe('windows', () => {
  const batches = '[["a", "a", "b"], ["a"], [], [], [], [], ["c"]]';

  it('unions the batches of each window, sliding by the slide duration (an empty window counts no element)', () => {
    const s = setup();
    s.run(`q = ssc.queueStream(${batches})\nw = sink(q.window(3, 2))\nc = sink(q.countByWindow(2, 1), list)\nr = sink(q.map(len).reduceByWindow(lambda a, b: a + b, None, 3, 1), list)`);
    s.run('ssc.checkpoint("/tmp/ck-w")\nssc.start()');
    s.advance(7);
    // Windows of 3 s end at 2, 4, 6 s (slide 2 s from zero time 0): batches (0..2], (1..4], (3..6].
    expect(s.run('print(w)\nprint(c)\nprint(r)')).toBe(
      "[['a', 'a', 'a', 'b'], ['a'], []]\n" + '[[3], [4], [1], [], [], [], [1]]\n' + '[[3], [4], [4], [1], [], [], [1]]\n',
    );
  });

  it('reduces by key and window; with an inverse function long windows are incremental and keep zero counts', () => {
    const s = setup();
    s.run(
      `q = ssc.queueStream(${batches}).map(lambda w: (w, 1))\n` +
        'full = sink(q.reduceByKeyAndWindow(lambda a, b: a + b, None, 5, 1))\n' +
        'inc = sink(q.reduceByKeyAndWindow(lambda a, b: a + b, lambda a, b: a - b, 5, 1))\n' +
        'filt = sink(q.reduceByKeyAndWindow(lambda a, b: a + b, lambda a, b: a - b, 5, 1, filterFunc=lambda kv: kv[1] > 0))\n' +
        'short = sink(q.reduceByKeyAndWindow(lambda a, b: a + b, lambda a, b: a - b, 2, 1))\n' +
        'cbv = sink(ssc.queueStream(' + batches + ').countByValueAndWindow(5, 1))\n' +
        'gbw = sink(q.groupByKeyAndWindow(2, 1).mapValues(list))',
    );
    s.run('ssc.checkpoint("/tmp/ck-rw")\nssc.start()');
    s.advance(7);
    expect(s.run('for v in (full, inc, filt, short, cbv, gbw):\n    print(v)')).toBe(
      "[[('a', 2), ('b', 1)], [('a', 3), ('b', 1)], [('a', 3), ('b', 1)], [('a', 3), ('b', 1)], [('a', 3), ('b', 1)], [('a', 1)], [('c', 1)]]\n" +
        "[[('a', 2), ('b', 1)], [('a', 3), ('b', 1)], [('a', 3), ('b', 1)], [('a', 3), ('b', 1)], [('a', 3), ('b', 1)], [('a', 1), ('b', 0)], [('a', 0), ('b', 0), ('c', 1)]]\n" +
        "[[('a', 2), ('b', 1)], [('a', 3), ('b', 1)], [('a', 3), ('b', 1)], [('a', 3), ('b', 1)], [('a', 3), ('b', 1)], [('a', 1)], [('c', 1)]]\n" +
        "[[('a', 2), ('b', 1)], [('a', 3), ('b', 1)], [('a', 1)], [], [], [], [('c', 1)]]\n" +
        "[[('a', 2), ('b', 1)], [('a', 3), ('b', 1)], [('a', 3), ('b', 1)], [('a', 3), ('b', 1)], [('a', 3), ('b', 1)], [('a', 1)], [('c', 1)]]\n" +
        "[[('a', [1, 1]), ('b', [1])], [('a', [1, 1, 1]), ('b', [1])], [('a', [1])], [], [], [], [('c', [1])]]\n",
    );
  });

  it('checks window durations against the parent slide', () => {
    const s = setup();
    s.run('q = ssc.queueStream([[1]])');
    expect(s.fails('q.window(1.5)').split('\n').pop()).toBe("ValueError: windowDuration must be multiple of the parent dstream's slide (batch) duration (1000 ms)");
    expect(s.fails('q.window(2, 0.5)').split('\n').pop()).toBe("ValueError: slideDuration must be multiple of the parent dstream's slide (batch) duration (1000 ms)");
    expect(s.fails('q.union(q.window(2, 2))').split('\n').pop()).toBe('ValueError: the two DStream should have same slide duration');
  });
});

describe('slice, remember, save', () => {
  it('slices the RDDs a stream remembers', () => {
    const s = setup();
    s.run('q = ssc.queueStream([[1], [2], [3], [4]])\nq.pprint()\nssc.remember(10)');
    s.run('ssc.start()');
    s.advance(4);
    expect(s.run('print([r.collect() for r in q.slice(2, 3)])\nfrom datetime import datetime\nprint([r.collect() for r in q.slice(datetime.fromtimestamp(1), datetime.fromtimestamp(4))])')).toBe(
      '[[2], [3]]\n[[1], [2], [3], [4]]\n',
    );
  });

  it('writes each batch under prefix-<time in ms>.suffix', () => {
    const s = setup();
    s.run('q = ssc.queueStream([["x", "y"], ["z"]])\nq.saveAsTextFiles("/tmp/out/words", "txt")');
    s.run('ssc.start()');
    s.advance(2);
    expect(s.vfs.listDir('/tmp/out').map((f) => f.name)).toEqual(['words-1000.txt', 'words-2000.txt']);
    expect(s.run('print(sorted(sc.textFile("/tmp/out/words-1000.txt").collect()), sc.textFile("/tmp/out/words-2000.txt").collect())')).toBe(
      "['x', 'y'] ['z']\n",
    );
  });
});

describe('context life cycle and errors', () => {
  it('needs an output operation', () => {
    const s = setup();
    s.run('q = ssc.queueStream([[1]])');
    expect(s.fails('ssc.start()').split('\n').pop()).toBe(
      'pyspark.errors.exceptions.captured.IllegalArgumentException: requirement failed: No output operations registered, so nothing to execute',
    );
  });

  it('refuses new operations after start and a restart after stop', () => {
    const s = setup();
    s.run('q = ssc.queueStream([[1]])\nq.pprint()\nssc.start()');
    expect(s.fails('q.map(lambda x: x).pprint()')).toContain(
      'java.lang.IllegalStateException: Adding new inputs, transformations, and output operations after starting a context is not supported',
    );
    // A second start only logs a warning (driver log, not the cell).
    expect(s.run('ssc.start()\nprint(ssc._jssc.log)')).toBe("['WARN StreamingContext: StreamingContext has already been started']\n");
    s.run('ssc.stop(False)');
    expect(s.fails('ssc.start()')).toContain('java.lang.IllegalStateException: StreamingContext has already been stopped');
    expect(s.fails('StreamingContext(sc)').split('\n').pop()).toBe('AssertionError');
  });

  it('reports an error raised in a batch through awaitTermination, with the Python traceback', () => {
    const s = setup();
    s.run('q = ssc.queueStream([[1], [0]])\ndef inv(rdd):\n    print([1 // x for x in rdd.collect()])\nq.foreachRDD(inv)\nssc.start()');
    expect(s.advance(2)).toBe('[1]\n');
    const err = s.fails('ssc.awaitTerminationOrTimeout(0.01)');
    expect(err).toContain('py4j.protocol.Py4JJavaError: An error occurred while calling');
    expect(err).toContain('org.apache.spark.SparkException: An exception was raised by Python:\nTraceback (most recent call last):');
    expect(err).toContain('ZeroDivisionError: integer division or modulo by zero');
  });

  it('returns False from awaitTerminationOrTimeout while running and True once stopped', () => {
    const s = setup();
    s.run('q = ssc.queueStream([[1]])\nq.pprint()\nssc.start()');
    expect(s.run('print(ssc.awaitTerminationOrTimeout(0.01))')).toBe('False\n');
    s.run('ssc.stop(stopSparkContext=False)');
    expect(s.run('print(ssc.awaitTerminationOrTimeout(0.01), StreamingContext.getActive())')).toBe('True None\n');
  });

  it('tells listeners about the start and each batch, and getActive finds the started context', () => {
    const s = setup();
    s.run(
      'from pyspark.streaming import StreamingListener\n' +
        'class L(StreamingListener):\n    def __init__(self):\n        self.events = []\n' +
        '    def onStreamingStarted(self, e):\n        self.events.append(("started", e.time()))\n' +
        '    def onBatchCompleted(self, e):\n        self.events.append(("done", e.batchInfo().batchTime().milliseconds(), e.batchInfo().processingDelay().isDefined()))\n' +
        'l = L()\nssc.addStreamingListener(l)\nssc.queueStream([[1]]).pprint()\nprint(StreamingContext.getActive())\nssc.start()',
    );
    s.advance(2);
    expect(s.run('print(l.events)\nprint(StreamingContext.getActive() is ssc, StreamingContext.getActiveOrCreate(None, lambda: 1) is ssc)')).toBe(
      "[('started', 0), ('done', 1000, True), ('done', 2000, True)]\nTrue True\n",
    );
    s.run('ssc.stop(False)');
    expect(s.run('print(StreamingContext.getActive(), StreamingContext.getActiveOrCreate(None, lambda: "made"))')).toBe('None made\n');
  });

  it('skips output for a batch whose transform returns None, and refuses persist after start', () => {
    const s = setup();
    expect(s.run('q = ssc.queueStream([[1], [2], [3]])\nodd = q.transform(lambda rdd: rdd if rdd.first() % 2 else None)\nodd.pprint()\nc = q.cache()\nprint(c is q, q.is_cached)')).toBe(
      'True True\n',
    );
    const out = s.run('ssc.start()') + s.advance(3);
    expect(out).toBe(
      '-------------------------------------------\nTime: 1970-01-01 00:00:01\n-------------------------------------------\n1\n\n' +
        '-------------------------------------------\nTime: 1970-01-01 00:00:03\n-------------------------------------------\n3\n\n',
    );
    expect(s.fails('from pyspark import StorageLevel\nq.persist(StorageLevel.DISK_ONLY)')).toContain(
      'java.lang.UnsupportedOperationException: Cannot change storage level of a DStream after streaming context has started',
    );
  });
});
