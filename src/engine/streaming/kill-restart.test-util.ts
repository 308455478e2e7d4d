/**
 * The kill-and-restart harness of the exactly-once tests (file source → file sink, one per
 * format): a query is killed (an exception thrown as if the driver died) at its n-th fault
 * point, more input files arrive while it is down, it restarts on the same checkpoint, and a
 * third run on the finished checkpoint must add nothing. A format supplies how it writes an
 * input file and how the sink's committed files read back.
 */
import { expect } from 'vitest';
import { createSqlSession } from '../catalog';
import { createMemoryVfs } from '../io/create-vfs';
import type { Vfs } from '../io';
import type { StructField } from '../types';
import { StreamExecution } from '.';
import type { QueryDef, Sink } from '.';

export class Killed extends Error {}

/** Input files in all (half before the kill, half while the driver is down) and rows per file. */
export const FILES = 10;
export const ROWS = 5;
export const FIELDS: StructField[] = [{ name: 'id', type: { kind: 'long' }, nullable: true }, { name: 'file', type: { kind: 'string' }, nullable: true }];
/** Every id the input holds: file f has ids f*ROWS .. f*ROWS+ROWS-1, file name `f<f>`. */
export const ALL_IDS = Array.from({ length: FILES * ROWS }, (_, i) => i);

export type Session = ReturnType<typeof createSqlSession>;

export interface FileQuery {
  readonly view: string;
  readonly format: string;
  readonly options: Readonly<Record<string, string>>;
  readonly sql: string;
  readonly sink: Sink;
  readonly agg?: QueryDef['agg'];
  readonly outputMode?: QueryDef['outputMode'];
}

/** A query over the file source at /in with checkpoint /cp; `fault` is called at each fault point. */
export function fileQuery(vfs: Vfs, session: Session, q: FileQuery, fault: (point: string) => void): StreamExecution {
  session.registerView(q.view, FIELDS, []);
  const def: QueryDef = {
    id: 'q', runId: `run-${Math.random()}`, name: null, sql: q.sql,
    sources: [{ view: q.view, def: { kind: 'files', format: q.format, path: '/in', options: { ...q.options }, fields: FIELDS } }],
    agg: q.agg ?? null, watermarks: [], outputMode: q.outputMode ?? 'append', trigger: { kind: 'default', intervalMs: 0 },
    checkpointLocation: '/cp', tempCheckpoint: '/tmp/unused', sink: q.sink, fault,
  };
  return new StreamExecution(def, session, vfs);
}

/** Runs batches until the source has nothing new; false if killed. */
export function drain(q: StreamExecution): boolean {
  try {
    while (q.runBatch());
    return true;
  } catch (e) {
    if (e instanceof Killed) return false;
    throw e;
  }
}

export interface KillRestartCase<R> {
  /** Writes input files [from, to) under /in. */
  writeInput(vfs: Vfs, from: number, to: number): void;
  /** The query, on a fresh StreamExecution each time (the session is kept across restarts). */
  query(vfs: Vfs, session: Session, fault: (point: string) => void): StreamExecution;
  /** What the sink holds (the committed files' ids, a table's rows). */
  result(vfs: Vfs, session: Session): R;
}

export interface KillRestartRun<R> {
  /** Did the first run finish (it must not: the kill comes first). */
  readonly firstFinished: boolean;
  /** The fault points the first run passed, the last one the kill. */
  readonly points: readonly string[];
  readonly restartFinished: boolean;
  readonly afterRestart: R;
  readonly thirdFinished: boolean;
  readonly afterThird: R;
}

/** Kill at the `killAt`-th fault point, restart with the second half of the input, then run once more. */
export function killAndRestart<R>(c: KillRestartCase<R>, killAt: number): KillRestartRun<R> {
  const vfs = createMemoryVfs();
  const session = createSqlSession();
  c.writeInput(vfs, 0, FILES / 2);
  const points: string[] = [];
  const firstFinished = drain(c.query(vfs, session, (p) => {
    points.push(p);
    if (points.length === killAt) throw new Killed(p);
  }));
  c.writeInput(vfs, FILES / 2, FILES);
  const restartFinished = drain(c.query(vfs, session, () => undefined));
  const afterRestart = c.result(vfs, session);
  const thirdFinished = drain(c.query(vfs, session, () => undefined));
  return { firstFinished, points, restartFinished, afterRestart, thirdFinished, afterThird: c.result(vfs, session) };
}

/** The fault points one uninterrupted run over two input files passes, in order of first use. */
export function faultPoints<R>(c: KillRestartCase<R>): string[] {
  const vfs = createMemoryVfs();
  c.writeInput(vfs, 0, 2);
  const seen = new Set<string>();
  drain(c.query(vfs, createSqlSession(), (p) => void seen.add(p)));
  return [...seen];
}

/** The checks of every kill point: killed first, the restart finishes with `expected`, a third run changes nothing. */
export function expectExactlyOnce<R>(run: KillRestartRun<R>, expected: R): void {
  expect(run.firstFinished).toBe(false);
  expect(run.restartFinished).toBe(true);
  expect(run.afterRestart).toEqual(expected);
  expect(run.thirdFinished).toBe(true);
  expect(run.afterThird).toEqual(expected);
}
