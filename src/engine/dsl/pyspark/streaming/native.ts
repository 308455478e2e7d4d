/**
 * `pyspark.streaming._native`: what the Python-written streaming graph needs from the host:
 * the batch clock and timers (`streaming/dstream`), the socket-like endpoints, VFS listings
 * and checkpoint files, function payloads for checkpoints, and tracebacks of batch errors.
 */
import { E, PyBytes, PyMethod, PyModule, call, formatException, io, isPyException, isPyFunction, pyErr, toArray, truthy, tuple, typeName } from '../../../values/py';
import type { TextSink } from '../../../values/py';
import { S } from '../../runtime/state';
import type { PyBaseException } from '../../../values/py';
import { deserialize, serialize } from '../../../values';
import type { RDD, SparkContext } from '../../../rdd';
import { BatchTimer, ManualClock, socketEndpoint, systemClock } from '../../../streaming/dstream';
import type { Clock } from '../../../streaming/dstream';
import { background } from '../../../streaming';
import { blockFor } from '../../modules/time-module';
import { contextVfs } from '../text-files';
import { encodePyFunction } from '../ship-encode';
import { rebuildShipped } from '../ship-decode';
import { loadModule } from '../source-module';

const hashes = new WeakMap<object, number>();
let hashSeed = 0x2f1a7c3b;

function identityHash(o: object): number {
  let h = hashes.get(o);
  if (h === undefined) {
    hashSeed = (Math.imul(hashSeed ^ (hashSeed >>> 15), 0x2c1b3c6d) + 0x6b43a9b5) >>> 0;
    h = hashSeed & 0x7fffffff;
    hashes.set(o, h);
  }
  return h;
}

function argcount(f: unknown): number {
  if (isPyFunction(f)) return f.$spec.params.length;
  if (f instanceof PyMethod && isPyFunction(f.fn)) return f.fn.$spec.params.length;
  throw pyErr('AttributeError', `'${typeName(f)}' object has no attribute '__code__'`);
}

function bytesOf(b: unknown): Uint8Array {
  if (b instanceof PyBytes) return b.b;
  throw pyErr('TypeError', 'expected bytes');
}

/**
 * Runs one batch. An interrupt that lands while a batch runs (inside a sleeping cell) belongs
 * to the cell: the flag is raised again so the cell's sleep stops, and the timer keeps going.
 */
function runBatch(callback: unknown, t: number, sinks: { stdout: TextSink; stderr: TextSink }): void {
  // Prints go where the context was started, also when the batch runs while the driver is idle
  // (outside any cell's run, where print's sink is a no-op).
  const prevOut = io.stdout;
  const prevErr = io.stderr;
  io.stdout = sinks.stdout;
  io.stderr = sinks.stderr;
  try {
    call(callback, [t]);
  } catch (e) {
    if (isPyException(e) && e.$cls === E.KeyboardInterrupt && S.flag !== null) {
      Atomics.store(S.flag, 0, 1);
      return;
    }
    throw e;
  } finally {
    io.stdout = prevOut;
    io.stderr = prevErr;
  }
}

/** ms on the driver's performance clock until wall time `when` (epoch ms). */
function deadlineFor(clock: Clock, when: number): number {
  return performance.now() + Math.max(0, when - clock.now());
}

export function streamingNativeModule(): PyModule {
  const m = new PyModule('pyspark.streaming._native');
  const fns: Record<string, (...a: never[]) => unknown> = {
    load: (name: string) => loadModule(name),
    argcount: (f: unknown) => argcount(f),
    identity_hash: (o: object) => identityHash(o),
    format_exc: (e: PyBaseException) => `${formatException(e).join('\n')}\n`,
    manual_clock: (start: number) => new ManualClock(start),
    system_clock: () => systemClock,
    clock_now: (c: Clock) => c.now(),
    clock_is_manual: (c: Clock) => c instanceof ManualClock,
    clock_advance: (c: Clock, ms: number) => {
      if (!(c instanceof ManualClock)) throw pyErr('RuntimeError', 'the streaming clock is not a ManualClock');
      c.advance(ms);
      return null;
    },
    clock_set: (c: Clock, ms: number) => {
      if (c instanceof ManualClock) c.setTime(ms);
      return null;
    },
    new_timer: (c: Clock, period: number, callback: unknown) => {
      const sinks = { stdout: io.stdout, stderr: io.stderr };
      return new BatchTimer(c, period, (t) => runBatch(callback, t, sinks));
    },
    timer_start_time: (t: BatchTimer) => t.startTime(),
    timer_restart_time: (t: BatchTimer, zero: number) => t.restartTime(zero),
    timer_start: (t: BatchTimer, first: number) => (t.start(first), null),
    timer_stop: (t: BatchTimer) => (t.stop(), null),
    timer_next: (t: BatchTimer) => t.nextTime,
    /** Runs batches until the clock passes `when` (a graceful stop) or `done()`. */
    wait_until: (c: Clock, when: number, done: unknown) => {
      if (c instanceof ManualClock) return null;
      background.runUntil(deadlineFor(c, when + 1), blockFor, () => truthy(call(done, [])));
      return null;
    },
    /** awaitTermination: batches run meanwhile; returns when done() or after timeout ms. */
    await_until: (timeoutMs: number | null, done: unknown) => {
      const deadline = timeoutMs === null ? Infinity : performance.now() + Math.max(0, Number(timeoutMs));
      background.runUntil(deadline, blockFor, () => truthy(call(done, [])));
      return null;
    },
    socket_connect: (host: string, port: number) => (socketEndpoint(host, port).receivers++, null),
    socket_disconnect: (host: string, port: number) => {
      const e = socketEndpoint(host, port);
      e.receivers = Math.max(0, e.receivers - 1);
      return null;
    },
    socket_take: (host: string, port: number) => socketEndpoint(host, port).take(),
    socket_pending: (host: string, port: number) => socketEndpoint(host, port).pending,
    socket_receivers: (host: string, port: number) => socketEndpoint(host, port).receivers,
    socket_send: (host: string, port: number, text: string) => (socketEndpoint(host, port).send(text), null),
    socket_send_lines: (host: string, port: number, lines: unknown) => (socketEndpoint(host, port).send(toArray(lines) as string[]), null),
    socket_flush: (host: string, port: number) => (socketEndpoint(host, port).flush(), null),
    qualify: (sc: SparkContext, path: string) => contextVfs(sc).qualify(path),
    /** Files (not directories) directly in `dir`, by name: [(path, modificationTime)]. */
    list_files: (sc: SparkContext, dir: string) => {
      const vfs = contextVfs(sc);
      const st = vfs.tryStat(dir);
      if (!st || !st.isDir) return [];
      return vfs
        .listDir(dir)
        .filter((f) => !f.isDir)
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .map((f) => tuple([f.path, f.modificationTime]));
    },
    write_bytes: (sc: SparkContext, path: string, data: unknown) => (contextVfs(sc).writeFile(path, bytesOf(data), { createParents: true }), null),
    read_bytes: (sc: SparkContext, path: string) => new PyBytes(contextVfs(sc).readFile(path)),
    mkdirs: (sc: SparkContext, path: string) => (contextVfs(sc).mkdirs(path), null),
    remove: (sc: SparkContext, path: string) => (contextVfs(sc).rm(path), null),
    dumps: (v: unknown) => new PyBytes(serialize(v)),
    loads: (b: unknown) => deserialize(bytesOf(b)),
    serializable: (v: unknown) => {
      try {
        serialize(v);
        return true;
      } catch {
        return false;
      }
    },
    encode_fn: (f: unknown) => encodePyFunction(f).source,
    decode_fn: (s: string) => rebuildShipped(s),
    /** The partitions an RDD was checkpointed with (null before it is materialised). */
    checkpoint_data: (rdd: RDD) => rdd.checkpointData ?? null,
  };
  for (const [k, f] of Object.entries(fns)) {
    (f as { $name?: string }).$name = k;
    m.$d.set(k, f);
  }
  m.$d.set('__name__', 'pyspark.streaming._native');
  return m;
}
