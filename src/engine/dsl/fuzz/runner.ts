/**
 * Runs programs through the whole PyFlint pipeline (parse, compile, run) under a step limit and
 * sorts each outcome: success, a Python exception (any type, SyntaxError included), or a crash —
 * a JS error that leaked (reported by the runtime as an internal-error SystemError) or anything
 * thrown out of runModule itself.
 */
import { runModule } from '../index';
import { setStepLimit } from '../../values/py/interrupt';
import { setRecursionLimit } from '../runtime/state';
import { Rng } from './rng';
import { mutate } from './mutate';
import { ProgramGenerator } from './generate';

export type Outcome =
  | { readonly kind: 'ok' }
  | { readonly kind: 'exception'; readonly ename: string }
  | { readonly kind: 'crash'; readonly detail: string };

export interface RunOptions {
  /** Back-edges and calls a program may take before StepLimitExceeded. */
  readonly steps: number;
}

const INTERNAL = /this is a bug in Flint/;

export function runProgram(source: string, opts: RunOptions): Outcome {
  setStepLimit(opts.steps);
  setRecursionLimit(1000);
  const sink = { write: (_s: string) => undefined };
  try {
    const r = runModule(source, 'fuzz.py', { stdout: sink, stderr: sink });
    if (!r.error) return { kind: 'ok' };
    if (INTERNAL.test(r.error.evalue) || !/^[A-Za-z_]\w*$/.test(r.error.ename)) {
      return { kind: 'crash', detail: `${r.error.ename}: ${r.error.evalue}` };
    }
    return { kind: 'exception', ename: r.error.ename };
  } catch (e) {
    const err = e as { name?: string; message?: string } | null;
    return { kind: 'crash', detail: `escaped runModule: ${err?.name ?? typeof e}: ${err?.message ?? String(e)}` };
  } finally {
    setStepLimit(null);
  }
}

export interface Crash {
  readonly index: number;
  readonly source: string;
  readonly detail: string;
}

export interface CampaignOptions extends RunOptions {
  readonly seed: number;
  readonly count: number;
  /** Working programs to mutate; every third program is generated from the grammar instead. */
  readonly corpus: readonly string[];
  /** A program running longer than this (wall clock) counts as a hang. */
  readonly hangMs: number;
}

export interface CampaignResult {
  readonly programs: number;
  /** 'ok', 'crash', 'hang', or the Python exception's type name, with how often each ended so. */
  readonly outcomes: Map<string, number>;
  readonly crashes: Crash[];
  readonly slowestMs: number;
}

/** The index-th program of a campaign, rebuilt on its own (to reproduce one failure). */
export function programAt(opts: Pick<CampaignOptions, 'seed' | 'corpus'>, index: number): string {
  const rng = new Rng((opts.seed * 0x9e3779b1 + index * 0x85ebca6b) >>> 0);
  if (index % 3 === 2 || !opts.corpus.length) return new ProgramGenerator(rng).program();
  const src = opts.corpus[rng.int(opts.corpus.length)]!;
  const donor = opts.corpus[rng.int(opts.corpus.length)]!;
  return mutate(rng, src, donor);
}

export function campaign(opts: CampaignOptions): CampaignResult {
  const outcomes = new Map<string, number>();
  const crashes: Crash[] = [];
  let slowestMs = 0;
  for (let i = 0; i < opts.count; i++) {
    const source = programAt(opts, i);
    const t0 = Date.now();
    const o = runProgram(source, opts);
    const ms = Date.now() - t0;
    slowestMs = Math.max(slowestMs, ms);
    let key: string = o.kind === 'exception' ? o.ename : o.kind;
    if (o.kind === 'crash') crashes.push({ index: i, source, detail: o.detail });
    else if (ms > opts.hangMs) {
      key = 'hang';
      crashes.push({ index: i, source, detail: `ran ${ms} ms` });
    }
    outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
  }
  return { programs: opts.count, outcomes, crashes, slowestMs };
}
