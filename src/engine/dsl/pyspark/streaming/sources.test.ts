/**
 * Input sources on a ManualClock: textFileStream over the VFS (new files by modification
 * time, as FileInputDStream), socketTextStream fed through flint.streams / socketEndpoint.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { resetSocketEndpoints, socketEndpoint } from '.';
import { streamingHarness } from './test-support';

afterEach(() => resetSocketEndpoints());

describe('textFileStream', () => {
  it('reads each new file once, in the batch whose time reaches its modification time', () => {
    const s = streamingHarness();
    s.vfs.mkdirs('/tmp/in');
    s.setFileTime(0);
    s.vfs.writeFile('/tmp/in/old.txt', 'before the stream\n');
    s.run('lines = ssc.textFileStream("/tmp/in")\nout = []\nlines.foreachRDD(lambda rdd: out.append(sorted(rdd.collect())))');
    s.run('ssc.start()');
    s.setFileTime(500);
    s.vfs.writeFile('/tmp/in/a.txt', 'a1\na2\n');
    s.advance(1);
    s.setFileTime(1500);
    s.vfs.writeFile('/tmp/in/b.txt', 'b1\n');
    s.vfs.writeFile('/tmp/in/.hidden', 'never\n');
    s.setFileTime(4500);
    s.vfs.writeFile('/tmp/in/later.txt', 'late\n');
    s.advance(1);
    // a.txt rewritten after it was read: Spark remembers selected files and does not read them again.
    s.setFileTime(2500);
    s.vfs.writeFile('/tmp/in/a.txt', 'a3\n');
    s.advance(3);
    expect(s.run('print(out)')).toBe("[['a1', 'a2'], ['b1'], [], [], ['late']]\n");
  });

  it('counts words of files added to a directory (hdfs_wordcount)', () => {
    const s = streamingHarness();
    s.vfs.mkdirs('/tmp/wc');
    s.run(
      'counts = ssc.textFileStream("/tmp/wc").flatMap(lambda line: line.split(" ")).map(lambda x: (x, 1)).reduceByKey(lambda a, b: a + b)\n' +
        'counts.pprint()\nssc.start()',
    );
    s.setFileTime(800);
    s.vfs.writeFile('/tmp/wc/part1', 'to be or\nnot to be\n');
    const out = s.advance(2);
    const head = (t: string) => `-------------------------------------------\nTime: ${t}\n-------------------------------------------\n`;
    expect(out.startsWith(head('1970-01-01 00:00:01'))).toBe(true);
    const first = out.split('\n\n')[0]!.split('\n').slice(3).sort();
    expect(first).toEqual(["('be', 2)", "('not', 1)", "('or', 1)", "('to', 2)"]);
    expect(out.endsWith(head('1970-01-01 00:00:02') + '\n')).toBe(true);
  });
});

describe('binaryRecordsStream', () => {
  it('cuts new files into fixed-length records of bytes', () => {
    const s = streamingHarness();
    s.vfs.mkdirs('/tmp/bin');
    s.run('recs = []\nssc.binaryRecordsStream("/tmp/bin", 3).foreachRDD(lambda rdd: recs.append(rdd.collect()))\nssc.start()');
    s.setFileTime(300);
    s.vfs.writeFile('/tmp/bin/r.dat', new Uint8Array([97, 98, 99, 1, 2, 3]));
    s.advance(2);
    expect(s.run('print(recs)')).toBe("[[b'abc', b'\\x01\\x02\\x03'], []]\n");
  });
});

describe('socketTextStream', () => {
  it('keeps word counts across batches from lines a test sends (stateful_network_wordcount)', () => {
    const s = streamingHarness();
    s.run(
      'ssc.checkpoint("/tmp/ck-socket")\n' +
        'initialStateRDD = sc.parallelize([("hello", 1), ("world", 1)])\n' +
        'def updateFunc(new_values, last_sum):\n    return sum(new_values) + (last_sum or 0)\n' +
        'lines = ssc.socketTextStream("localhost", 9999)\n' +
        'running = lines.flatMap(lambda line: line.split(" ")).map(lambda word: (word, 1)).updateStateByKey(updateFunc, initialRDD=initialStateRDD)\n' +
        'states = []\nrunning.foreachRDD(lambda rdd: states.append(sorted(rdd.collect())))',
    );
    // Sent before the receiver connects: held until it does, as nc holds its input.
    s.run('from flint.streams import socket\nsocket("localhost", 9999).send("hello spark\\nspark streaming\\n")');
    s.run('ssc.start()');
    s.advance(2);
    socketEndpoint('127.0.0.1', 9999).send(['world']);
    s.advance(1);
    expect(s.run('for st in states:\n    print(st)')).toBe(
      "[('hello', 2), ('spark', 2), ('streaming', 1), ('world', 1)]\n" +
        "[('hello', 2), ('spark', 2), ('streaming', 1), ('world', 1)]\n" +
        "[('hello', 2), ('spark', 2), ('streaming', 1), ('world', 2)]\n",
    );
    expect(s.run('print(socket("localhost", 9999).connected)\nssc.stop(False)\nprint(socket("localhost", 9999).connected)')).toBe('True\nFalse\n');
  });

  it('reports received lines as numRecords and output operations to listeners', () => {
    const s = streamingHarness();
    s.run(
      'from pyspark.streaming import StreamingListener\n' +
        'class L(StreamingListener):\n    def __init__(self):\n        self.seen = []\n' +
        '    def onOutputOperationCompleted(self, e):\n        i = e.outputOperationInfo()\n        self.seen.append(("op", i.id(), i.batchTime().milliseconds(), i.failureReason().isEmpty()))\n' +
        '    def onBatchCompleted(self, e):\n        self.seen.append(("batch", e.batchInfo().numRecords(), sorted(e.batchInfo().outputOperationInfos())))\n' +
        'l = L()\nssc.addStreamingListener(l)\nlines = ssc.socketTextStream("localhost", 7788)\nlines.pprint()\nlines.count().pprint()\nssc.start()',
    );
    socketEndpoint('localhost', 7788).send('a\nb\nc\n');
    s.advance(1);
    expect(s.run('print(l.seen)')).toBe("[('op', 0, 1000, True), ('op', 1, 1000, True), ('batch', 3, [0, 1])]\n");
  });

  it('holds a partial line until its newline arrives', () => {
    const s = streamingHarness();
    s.run('got = []\nssc.socketTextStream("localhost", 7777).foreachRDD(lambda rdd: got.append(rdd.collect()))\nssc.start()');
    const e = socketEndpoint('localhost', 7777);
    e.send('one\ntw');
    s.advance(1);
    e.send('o\n');
    s.advance(1);
    expect(s.run('print(got)')).toBe("[['one'], ['two']]\n");
  });
});
