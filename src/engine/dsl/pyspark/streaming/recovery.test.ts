/**
 * StreamingContext.getOrCreate: a second driver on the same storage rebuilds the graph from the
 * checkpoint directory (without calling the setup function), re-runs the batches from the
 * checkpoint time up to its restart time, and resumes updateStateByKey from saved state.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { resetSocketEndpoints, socketEndpoint } from '.';
import { streamingHarness } from './test-support';

afterEach(() => resetSocketEndpoints());

const SETUP =
  'def createContext():\n' +
  '    print("Creating new context")\n' +
  '    ssc = StreamingContext(sc, 1)\n' +
  '    lines = ssc.socketTextStream("localhost", 9990)\n' +
  '    counts = lines.flatMap(lambda line: line.split(" ")).map(lambda x: (x, 1)).reduceByKey(lambda x, y: x + y)\n' +
  '    def echo(time, rdd):\n' +
  '        print("Counts at time %s %s" % (time, sorted(rdd.collect())))\n' +
  '    counts.foreachRDD(echo)\n' +
  '    totals = counts.updateStateByKey(lambda new, last: sum(new) + (last or 0))\n' +
  '    totals.checkpoint(1)\n' +
  '    totals.foreachRDD(lambda t, rdd: print("Totals", sorted(rdd.collect())))\n' +
  '    return ssc\n';

describe('recovery from a checkpoint directory', () => {
  it('rebuilds the graph and its state in a new driver', () => {
    const first = streamingHarness(1, 4, { noContext: true });
    first.run(SETUP);
    expect(first.run('ssc = StreamingContext.getOrCreate("/tmp/ck-recover", createContext)\nssc.start()')).toBe('Creating new context\n');
    socketEndpoint('localhost', 9990).send('a b a\n');
    expect(first.advance(2)).toBe(
      "Counts at time 1970-01-01 00:00:01 [('a', 2), ('b', 1)]\nTotals [('a', 2), ('b', 1)]\n" +
        "Counts at time 1970-01-01 00:00:02 []\nTotals [('a', 2), ('b', 1)]\n",
    );
    expect(first.vfs.listDir('/tmp/ck-recover').map((f) => f.name).filter((n) => n.startsWith('checkpoint-'))).toEqual(['checkpoint-1000', 'checkpoint-2000']);
    // The first driver dies (its clock never moves again); a new one starts on the same storage.
    const second = streamingHarness(1, 4, { vfs: first.vfs, noContext: true });
    second.run(SETUP);
    // Spark re-runs the batch of the checkpoint time (at-least-once) before resuming the timer.
    expect(second.run('ssc = StreamingContext.getOrCreate("/tmp/ck-recover", createContext)\nssc.start()')).toBe(
      "Counts at time 1970-01-01 00:00:02 []\nTotals [('a', 2), ('b', 1)]\n",
    );
    socketEndpoint('localhost', 9990).send('b c\n');
    expect(second.advance(1)).toBe("Counts at time 1970-01-01 00:00:03 [('b', 1), ('c', 1)]\nTotals [('a', 2), ('b', 2), ('c', 1)]\n");
  });

  it('calls the setup function when the directory holds no checkpoint', () => {
    const s = streamingHarness(1, 4, { noContext: true });
    s.run(SETUP);
    expect(s.run('ssc = StreamingContext.getOrCreate("/tmp/ck-none", createContext)\nprint(ssc._jssc.checkpointDir)')).toBe(
      'Creating new context\nfile:/tmp/ck-none\n',
    );
  });

  it('cannot recover a queue stream', () => {
    const s = streamingHarness(1, 4, { noContext: true });
    s.run('def make():\n    ssc = StreamingContext(sc, 1)\n    ssc.queueStream([[1]]).pprint()\n    return ssc\nssc = StreamingContext.getOrCreate("/tmp/ck-q", make)\nssc.start()');
    s.advance(1);
    const t = streamingHarness(1, 4, { vfs: s.vfs, noContext: true });
    t.run('def make():\n    raise RuntimeError("not called")');
    expect(t.fails('StreamingContext.getOrCreate("/tmp/ck-q", make)')).toContain(
      "java.io.NotSerializableException: queueStream doesn't support checkpointing. Please don't use queueStream when checkpointing is enabled.",
    );
  });

  it('refuses to start when checkpointing is on and a function cannot be serialized', () => {
    const s = streamingHarness();
    s.run('ssc.checkpoint("/tmp/ck-ns")\nssc.socketTextStream("localhost", 9991).foreachRDD(lambda rdd: ssc.stop())');
    const err = s.fails('ssc.start()');
    expect(err).toContain('java.io.NotSerializableException: DStream checkpointing has been enabled but the DStreams with their functions are not serializable');
    expect(err).toContain("TypeError: cannot ship 'ssc' (a StreamingContext value)");
    expect(s.run('print(ssc._jssc.state)')).toBe('STOPPED\n');
  });
});
