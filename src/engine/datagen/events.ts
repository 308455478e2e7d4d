/**
 * Synthetic `/databricks-datasets/structured-streaming/events/file-N.json`: one JSON object
 * per line, `{"time":<epoch s>,"action":"Open"|"Close"}`, no newline after the last line,
 * time-ordered across files. See events-plan.ts for the facts it reproduces.
 */
import type { Action, EventsPlan } from './events-plan';
import { EVENT_FILES, EVENTS_PER_FILE, FIRST_HOUR, LAST_FILE_START, WINDOWS, planEvents } from './events-plan';
import { Rng } from './rng';

export const EVENTS_SEED = 20160726;
export const EVENTS_DIR = 'structured-streaming/events';

/** The first lines of file-0.json as the notebook shows them, and its first Close (line 39). */
const FIRST_TIMES: readonly (readonly [number, number])[] = [
  [0, 1469501107],
  [1, 1469501147],
  [2, 1469501202],
  [38, 1469501442],
];
const FIRST_ACTIONS: readonly Action[] = [...Array<Action>(38).fill('Open'), 'Close'];
const LAST_FILE_ACTIONS: readonly Action[] = ['Close', 'Close', 'Open'];

/**
 * Modification time of file `i` (ms), a minute apart: a file stream source orders new files
 * by modification time, and the notebook's snapshots (one file per trigger) assume file-0,
 * file-1, file-2, ... in that order, not file-0, file-1, file-10 (name order).
 */
export function eventsModificationTime(i: number): number {
  return 1469750400000 + i * 60_000;
}

export function eventsFileName(i: number): string {
  return `file-${i}.json`;
}

/** Files at a scale: 50 at scale 1, more (continuing the timeline) or fewer otherwise. */
export function eventsFileCount(scale: number): number {
  return Math.max(1, Math.round(EVENT_FILES * scale));
}

/** `n` sorted times in [lo, hi] that pass through the pinned (index, time) points. */
function pinnedTimes(rng: Rng, n: number, lo: number, hi: number, pins: readonly (readonly [number, number])[]): Int32Array {
  const out = new Int32Array(n);
  let from = 0;
  let low = lo;
  for (const [idx, t] of [...pins, [n, hi] as const]) {
    out.set(rng.sortedInts(idx - from, low, t), from);
    if (idx < n) out[idx] = t;
    from = idx + 1;
    low = t;
  }
  return out;
}

function pieceActions(rng: Rng, length: number, closes: number, prefix: readonly Action[]): Action[] {
  const pinnedCloses = prefix.filter((a) => a === 'Close').length;
  const rest: Action[] = [];
  for (let i = prefix.length; i < length; i++) rest.push(i - prefix.length < closes - pinnedCloses ? 'Close' : 'Open');
  return [...prefix, ...rng.shuffle(rest)];
}

function windowTimes(rng: Rng, plan: EventsPlan, w: number): Int32Array {
  const n = plan.windowSizes[w];
  const start = FIRST_HOUR + 3600 * w;
  if (w === 0) return pinnedTimes(rng, n, FIRST_TIMES[0][1], start + 3599, FIRST_TIMES);
  if (w === plan.windowSizes.length - 1) return pinnedTimes(rng, n, start, start + Math.round(n * 1.8), []);
  const pieces = plan.pieces.filter((p) => p.window === w);
  if (pieces.some((p) => p.file === EVENT_FILES - 1) && pieces.length === 2) {
    const a = pieces[0].length;
    return pinnedTimes(rng, n, start, start + 3599, [
      [a, LAST_FILE_START],
      [a + 1, LAST_FILE_START],
      [a + 2, LAST_FILE_START + 1],
    ]);
  }
  return pinnedTimes(rng, n, start, start + 3599, []);
}

const PREFIX = '{"time":';
const MIDDLE = ',"action":"';
const SUFFIX = '"}';

function ascii(text: string): number[] {
  return Array.from(text, (c) => c.charCodeAt(0));
}

const PREFIX_BYTES = ascii(PREFIX);
const MIDDLE_BYTES = ascii(MIDDLE);
const TAIL_BYTES: Record<Action, number[]> = { Open: ascii(`Open${SUFFIX}`), Close: ascii(`Close${SUFFIX}`) };

/** Writes lines straight to bytes: the string route allocates enough garbage to triple the cost. */
function encodeLines(times: ArrayLike<number>, actions: readonly Action[]): Uint8Array {
  let size = times.length - 1;
  for (let i = 0; i < times.length; i++) size += PREFIX.length + 10 + MIDDLE.length + TAIL_BYTES[actions[i]].length;
  const out = new Uint8Array(size);
  let o = 0;
  for (let i = 0; i < times.length; i++) {
    if (i > 0) out[o++] = 10;
    for (const b of PREFIX_BYTES) out[o++] = b;
    let t = times[i];
    if (t < 1e9 || t >= 1e10) throw new Error(`event time ${t} is not a 10-digit epoch second`);
    for (let d = 9; d >= 0; d--) {
      out[o + d] = 48 + (t % 10);
      t = Math.floor(t / 10);
    }
    o += 10;
    for (const b of MIDDLE_BYTES) out[o++] = b;
    for (const b of TAIL_BYTES[actions[i]]) out[o++] = b;
  }
  return out;
}

/** Extra files beyond the 50: about an hour each, balanced, after the previous last time. */
function extraFile(seed: number, index: number, after: number): { bytes: Uint8Array; last: number } {
  const rng = new Rng((seed ^ Math.imul(index, 0x2545f491)) >>> 0);
  const times = rng.sortedInts(EVENTS_PER_FILE, after, after + 3600);
  const actions = rng.shuffle(Array.from({ length: EVENTS_PER_FILE }, (_, i): Action => (i % 2 === 0 ? 'Open' : 'Close')));
  return { bytes: encodeLines(times, actions), last: times[times.length - 1] };
}

/** The bytes of `file-0.json` … `file-{count-1}.json`, the same on every run. */
export function generateEvents(count: number = EVENT_FILES, seed: number = EVENTS_SEED): Uint8Array[] {
  const plan = planEvents(seed);
  const rng = new Rng(seed + 1);
  const times = Array.from({ length: EVENT_FILES }, () => new Int32Array(EVENTS_PER_FILE));
  const actions: Action[][] = Array.from({ length: EVENT_FILES }, () => []);
  let last = 0;
  for (let w = 0; w < plan.windowSizes.length; w++) {
    const wt = windowTimes(rng, plan, w);
    let k = 0;
    for (const p of plan.pieces.filter((q) => q.window === w)) {
      const prefix = w === 0 ? FIRST_ACTIONS : p.file === EVENT_FILES - 1 && p.window === WINDOWS - 2 ? LAST_FILE_ACTIONS : [];
      const fileActions = actions[p.file];
      for (const a of pieceActions(rng, p.length, p.closes, prefix)) {
        last = wt[k++];
        times[p.file][fileActions.length] = last;
        fileActions.push(a);
      }
    }
  }
  const out: Uint8Array[] = [];
  for (let i = 0; i < Math.min(count, EVENT_FILES); i++) out.push(encodeLines(times[i], actions[i]));
  for (let i = EVENT_FILES; i < count; i++) {
    const f = extraFile(seed, i, last);
    out.push(f.bytes);
    last = f.last;
  }
  return out;
}
