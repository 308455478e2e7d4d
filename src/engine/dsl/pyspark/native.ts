/**
 * `pyspark._native`: the few JVM-side primitives the Python-written RDD API stands on, over
 * the engine's core (what py4j calls reach in PySpark). Core objects pass through Python as
 * opaque values; every function here takes positional arguments only.
 */
import { PyBytes, PyModule, construct, mkFloat, pyErr, toArray, tuple } from '../../values/py';
import type { PyTuple } from '../../values/py';
import type { PyType } from '../../values/py';
import { FlintError } from '../../errors';
import { InProcessBackend, SparkContext, StorageLevel, getBroadcastValue, accumulatorAdd, insideTask, sliceCollection, taskContext } from '../../rdd';
import type { Accumulator, Broadcast, RDD } from '../../rdd';
import { PyRandom } from '../../pylib';
import { EmptyRDD, PyNarrowRDD, PyPairedRDD, SITES, atSite, userSite } from './python-rdds';
import { sparkCallSite } from '../runtime/call-site';
import { helperRef, pyFunctionRef } from './shipping';
import { portableHash } from './portable-hash';
import { loadModule } from './source-module';
import { taskOutput } from './task-output';
import { textFileRdd, wholeTextFilesRdd, writeTextParts } from './text-files';
import { builtinsMap } from '../runtime/helpers';
import { builtinName } from './references';
import { contextVfs } from './text-files';
import { fileFormatNatives } from './file-formats';

/** A JVM-side failure as py4j reports it: `Py4JJavaError: An error occurred while calling <call>.` + the Java exception. */
export function javaError(call: string, e: unknown): unknown {
  if (!(e instanceof Error)) return e;
  if (e instanceof FlintError && e.ename === 'KeyboardInterrupt') return pyErr('KeyboardInterrupt');
  const cls = loadModule('py4j.protocol').$d.get('Py4JJavaError') as PyType;
  const java = e instanceof FlintError ? (e.ename.includes('.') ? e.ename : `org.apache.spark.${e.ename}`) : 'java.lang.IllegalStateException';
  return construct(cls, [`An error occurred while calling ${call}.\n: ${java}: ${e.message}`]);
}

/** Runs a JVM-side operation; JS errors become Py4JJavaError as py4j reports them. */
function jvm<T>(call: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw javaError(call, e);
  }
}

function masterSlots(master: string): number {
  const m = /^local(?:\[(\d+|\*)(?:,\d+)?\])?$/.exec(master);
  if (!m) return 2;
  if (m[1] === undefined) return 1;
  return m[1] === '*' ? 4 : Number(m[1]);
}

function qualified(sc: SparkContext, path: string): string {
  try {
    return contextVfs(sc).qualify(path);
  } catch {
    return path;
  }
}

function level(l: StorageLevel): unknown {
  return tuple([l.useDisk, l.useMemory, l.useOffHeap, l.deserialized, l.replication]);
}

export function nativeModule(): PyModule {
  const m = new PyModule('pyspark._native');
  const fns: Record<string, (...a: never[]) => unknown> = {
    new_context: (master: string, appName: string) =>
      new SparkContext(new InProcessBackend(masterSlots(master)), { master, appName }),
    master: (sc: SparkContext) => sc.master,
    app_name: (sc: SparkContext) => sc.appName,
    default_parallelism: (sc: SparkContext) => sc.defaultParallelism,
    parallelize: (sc: SparkContext, items: unknown[], numSlices: number) =>
      atSite(sc, SITES.parallelize, () => sc.lineage.source(sc, sliceCollection(items, numSlices), 'readRDDFromFile')),
    empty_rdd: (sc: SparkContext) => atSite(sc, undefined, () => new EmptyRDD(sc)),
    python_rdd: (parent: RDD, func: unknown, api: string | null) =>
      atSite(parent.context, api === null ? SITES.pythonRdd : userSite(), () =>
        new PyNarrowRDD(parent, 'PythonRDD', api ?? 'RDD', { kind: 'mapPartitionsWithIndex', fn: pyFunctionRef(func) })),
    /** PySpark's partitionBy on the JVM: PairwiseRDD → ShuffledRDD → values. */
    shuffle: (keyed: RDD, numPartitions: number, partitioner: unknown, api: string) => {
      const sc = keyed.context;
      const ref = pyFunctionRef(partitioner);
      const pairwise = atSite(sc, userSite(), () => new PyNarrowRDD(keyed, 'PairwiseRDD', api, null));
      const shuffled = atSite(sc, undefined, () => pairwise.shuffle(numPartitions, ref, 'partitionBy'));
      return atSite(sc, SITES.valueOfPair, () => new PyNarrowRDD(shuffled, 'MapPartitionsRDD', 'mapPartitions', null));
    },
    text_file: (sc: SparkContext, path: string, minPartitions: number) =>
      jvm('o.textFile', () => atSite(sc, undefined, () => new PyNarrowRDD(textFileRdd(sc, path, minPartitions), 'MapPartitionsRDD', 'textFile', null).setName(path))),
    whole_text_files: (sc: SparkContext, path: string, minPartitions: number) =>
      jvm('o.wholeTextFiles', () => atSite(sc, undefined, () => new PyNarrowRDD(wholeTextFilesRdd(sc, path, minPartitions), 'MapPartitionsRDD', 'wholeTextFiles', null))),
    save_text: (sc: SparkContext, path: string, parts: unknown, codec: string | null = null) =>
      jvm('o.saveAsTextFile', () => {
        writeTextParts(sc, path, (toArray(parts) as PyTuple[]).map((t) => [t.items[0] as number, t.items[1] as string] as const), codec);
        return null;
      }),
    union: (sc: SparkContext, rdds: unknown) => atSite(sc, undefined, () => sc.union(toArray(rdds) as RDD[])),
    coalesce: (rdd: RDD, n: number, shuffle: boolean) => jvm('o.coalesce', () => atSite(rdd.context, undefined, () => rdd.coalesce(n, shuffle))),
    zip: (a: RDD, b: RDD) => jvm('o.zip', () => atSite(a.context, undefined, () => new PyPairedRDD(a, b, 'zip', helperRef('pairToTuple')))),
    cartesian: (a: RDD, b: RDD) => atSite(a.context, undefined, () => new PyPairedRDD(a, b, 'cartesian', helperRef('pairToTuple'))),
    run_job: (rdd: RDD, partitions: unknown) =>
      jvm('z:org.apache.spark.api.python.PythonRDD.collectAndServe', () => {
        const parts = partitions === null ? undefined : (toArray(partitions) as number[]);
        // As SCCallSiteSync around collectAndServe: the pyspark method the user called, and where.
        return rdd.context.runJob(rdd, { kind: 'collect' }, sparkCallSite() ?? 'collect', parts).flat();
      }),
    num_partitions: (rdd: RDD) => rdd.getNumPartitions(),
    rdd_id: (rdd: RDD) => rdd.id(),
    rdd_repr: (rdd: RDD) => rdd.toString(),
    debug_string: (rdd: RDD) => new PyBytes(new TextEncoder().encode(rdd.toDebugString())),
    set_name: (rdd: RDD, name: string) => (rdd.setName(name), null),
    get_name: (rdd: RDD) => rdd.name() ?? null,
    persist: (rdd: RDD, disk: boolean, memory: boolean, offHeap: boolean, deser: boolean, replication: number) =>
      jvm('o.persist', () => (rdd.persist(new StorageLevel(disk, memory, offHeap, deser, replication)), null)),
    unpersist: (rdd: RDD) => (rdd.unpersist(), null),
    storage_level: (rdd: RDD) => level(rdd.getStorageLevel()),
    checkpoint: (rdd: RDD) => jvm('o.checkpoint', () => (rdd.checkpoint(), null)),
    local_checkpoint: (rdd: RDD) => (rdd.localCheckpoint(), null),
    is_checkpointed: (rdd: RDD) => rdd.isCheckpointed(),
    is_local_checkpointed: (rdd: RDD) => rdd.isLocallyCheckpointed() || rdd.checkpointRequested === 'local',
    checkpoint_file: (rdd: RDD) => rdd.getCheckpointFile() ?? null,
    // Spark qualifies the directory (file:/...) and adds a uuid directory under it.
    set_checkpoint_dir: (sc: SparkContext, dir: string) => (sc.setCheckpointDir(qualified(sc, dir)), null),
    get_checkpoint_dir: (sc: SparkContext) => sc.checkpointDir ?? null,
    broadcast: (sc: SparkContext, value: unknown) => jvm('o.broadcast', () => sc.broadcast(value)),
    bcast_id: (b: Broadcast) => b.id,
    bcast_value: (b: Broadcast) => jvm('o.value', () => b.value),
    bcast_unpersist: (b: Broadcast) => (b.unpersist(), null),
    bcast_destroy: (b: Broadcast) => (b.destroy(), null),
    bcast_value_in_task: (id: number) => getBroadcastValue(id),
    accumulator: (sc: SparkContext, value: unknown, merge: unknown, zero: unknown) => sc.accumulator(value, pyFunctionRef(merge), zero),
    acc_id: (a: Accumulator) => a.id,
    acc_get: (a: Accumulator) => a.value,
    acc_set: (a: Accumulator, v: unknown) => ((a.value = v), null),
    acc_add: (a: Accumulator, v: unknown) => (a.add(v), null),
    acc_add_in_task: (id: number, v: unknown) => (accumulatorAdd(id, v), null),
    in_task: () => insideTask(),
    task_output: (thunk: unknown) => taskOutput(thunk),
    task_info: () => {
      const t = taskContext();
      return t ? tuple([t.stageId, t.stageAttempt, t.partitionId, t.attemptNumber, t.taskAttemptId]) : null;
    },
    portable_hash: (x: unknown) => portableHash(x),
    rng: (seed: number | bigint) => new PyRandom(seed),
    rng_random: (r: PyRandom) => mkFloat(r.random()),
    rng_randint: (r: PyRandom, a: number, b: number) => r.randint(a, b),
    rng_expovariate: (r: PyRandom, lambd: number) => mkFloat(r.expovariate(lambd)),
    load: (name: string) => loadModule(name),
    now_ms: () => Date.now(),
    entropy_seed: () => Math.floor(Math.random() * 2 ** 48),
    rng_shuffle: (r: PyRandom, xs: unknown[]) => {
      for (let i = xs.length - 1; i > 0; i--) {
        const j = r.randbelow(i + 1);
        [xs[i], xs[j]] = [xs[j], xs[i]];
      }
      return null;
    },
    builtin_name: (f: unknown) => builtinName(f),
    builtin: (name: string) => builtinsMap().get(name),
    type_error: (msg: string) => {
      throw pyErr('TypeError', msg);
    },
  };
  for (const [k, f] of Object.entries(fileFormatNatives)) fns[k] = (...a: never[]) => jvm(`o.${k}`, () => f(...a));
  for (const [k, f] of Object.entries(fns)) {
    (f as { $name?: string }).$name = k;
    m.$d.set(k, f);
  }
  m.$d.set('__name__', 'pyspark._native');
  return m;
}
