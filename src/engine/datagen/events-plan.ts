/**
 * The plan behind the synthetic `structured-streaming/events` files: how many Open and
 * Close events fall in each hourly window, and how each window is cut between files.
 *
 * The real files are not public; the course notebook (COURSE-NOTEBOOKS.md §4) shows facts
 * about them, and this plan is built so that every one holds exactly:
 * - 50 files of 2,000 lines, 50,000 Open and 50,000 Close, from 1469501107 (Jul-26 02:45:07 UTC);
 * - window counts (window end, Close/Open): 03:00 11/179, 04:00 344/1001, 05:00 815/999,
 *   06:00 1003/1000;
 * - the streaming snapshots (one file per trigger): after file-0, window 05:00 has 176/289;
 *   after 2 files, window 06:00 has 323/328; after 4 files, window 08:00 has 314/330 and
 *   the totals are Close 3,498 / Open 4,502 (so window 07:00 holds 1011/993);
 * - sizes (no newline after the last line, Close lines one byte longer): file-0 72,530
 *   bytes (531 Close), file-1 72,961 (962), file-10 73,025 (1026);
 * - the largest file is file-49 and starts `Close, Close, Open` at 04:19:28, 04:19:28,
 *   04:19:29 on Jul-28 (the rows `display(staticInputDF)` shows first, since Spark packs
 *   the largest file into the first partition).
 */
import { Rng, fixSum } from './rng';

export const EVENTS_PER_FILE = 2000;
export const EVENT_FILES = 50;
/** 2016-07-26T02:00:00Z: start of the first hourly window. */
export const FIRST_HOUR = 1469498400;
/** 2016-07-28T04:19:28Z: first event of file-49. */
export const LAST_FILE_START = 1469679568;
/** Windows 0..51 span Jul-26 02:00 to Jul-28 06:00. */
export const WINDOWS = 52;

export type Action = 'Open' | 'Close';

/** The slice of one window that lands in one file. */
export interface Piece {
  readonly window: number;
  readonly file: number;
  readonly length: number;
  closes: number;
  /** Quota fixed by a fact; left alone when balancing. */
  fixed: boolean;
}

export interface EventsPlan {
  readonly windowSizes: readonly number[];
  readonly pieces: readonly Piece[];
}

/** Window counts the notebook shows (index = window number), as [closes, opens]. */
const FIXED_WINDOWS: readonly (readonly [number, number])[] = [
  [11, 179],
  [344, 1001],
  [815, 999],
  [1003, 1000],
  [1011, 993],
];

/** Closes in the pieces the streaming snapshots reveal: [window, file, closes]. */
const FIXED_PIECES: readonly (readonly [number, number, number])[] = [
  [2, 0, 176],
  [3, 1, 323],
  [5, 3, 314],
];

/** Per-file close totals from the listing's sizes (file-0 and file-1 follow from the windows). */
const FILE_CLOSES: readonly (readonly [number, number])[] = [
  [0, 531],
  [1, 962],
  [10, 1026],
];

/** file-49 closes more sessions than any other file, which makes it the largest. */
const LAST_FILE_CLOSES = 1100;
const TOTAL_PER_ACTION = 50000;

function cutPieces(windowSizes: readonly number[]): Piece[] {
  const pieces: Piece[] = [];
  let g = 0;
  windowSizes.forEach((n, w) => {
    let left = n;
    while (left > 0) {
      const file = Math.floor(g / EVENTS_PER_FILE);
      const take = Math.min(left, (file + 1) * EVENTS_PER_FILE - g);
      pieces.push({ window: w, file, length: take, closes: 0, fixed: false });
      g += take;
      left -= take;
    }
  });
  return pieces;
}

/** Splits a window's free closes over its free pieces, about in proportion to their length. */
function spreadCloses(rng: Rng, pieces: Piece[], closes: number): void {
  const free = pieces.filter((p) => !p.fixed);
  let left = closes - pieces.filter((p) => p.fixed).reduce((a, p) => a + p.closes, 0);
  let room = free.reduce((a, p) => a + p.length, 0);
  free.forEach((p, i) => {
    if (i === free.length - 1) {
      p.closes = left;
    } else {
      const want = Math.round((left * p.length) / room + rng.normal() * Math.sqrt(p.length) * 0.5);
      p.closes = Math.max(Math.max(0, left - (room - p.length)), Math.min(p.length, left, want));
    }
    left -= p.closes;
    room -= p.length;
  });
  if (left !== 0 || free.some((p) => p.closes < 0 || p.closes > p.length)) throw new Error('events plan: inconsistent close quotas');
}

/** Moves closes across the boundary between `file` and a neighbour within a shared window. */
function setFileCloses(pieces: Piece[], file: number, target: number): void {
  const mine = pieces.filter((p) => p.file === file);
  let diff = target - mine.reduce((a, p) => a + p.closes, 0);
  for (const p of [mine[0], mine[mine.length - 1]]) {
    const other = pieces.find((q) => q.window === p.window && q.file !== file && !q.fixed);
    if (!other || p.fixed || diff === 0) continue;
    const step = diff > 0 ? Math.min(diff, p.length - p.closes, other.closes) : Math.max(diff, -p.closes, other.closes - other.length);
    p.closes += step;
    other.closes -= step;
    diff -= step;
  }
  if (diff !== 0) throw new Error(`events plan: cannot give file-${file} ${target} closes`);
}

export function planEvents(seed: number): EventsPlan {
  const rng = new Rng(seed);
  const sizes = FIXED_WINDOWS.map(([c, o]) => c + o);
  const closes = FIXED_WINDOWS.map(([c]) => c);
  const beforeLast = (EVENT_FILES - 1) * EVENTS_PER_FILE;
  // Window 50 holds the end of file-48 (04:00 to 04:19:28, about 650 events) and the start of file-49.
  const lastA = 650 + rng.int(-15, 15);
  const lastB = 1350 + rng.int(-20, 20);
  const middle = Array.from({ length: 50 - sizes.length }, () => 2000 + Math.round(rng.normal() * 20));
  fixSum(middle, beforeLast - lastA - sizes.reduce((a, b) => a + b, 0), 1900);
  sizes.push(...middle, lastA + lastB, EVENTS_PER_FILE - lastB);
  const pieces = cutPieces(sizes);
  for (const [w, f, c] of FIXED_PIECES) {
    const p = pieces.find((q) => q.window === w && q.file === f);
    if (!p) throw new Error(`events plan: no piece for window ${w}, file ${f}`);
    p.closes = c;
    p.fixed = true;
  }
  // Sessions still open at the end close in the last hour, so file-49 is Close-heavy.
  const lastWindowCloses = Math.round((EVENTS_PER_FILE - lastB) * 0.62);
  const lastPiece = pieces.find((p) => p.window === 50 && p.file === EVENT_FILES - 1);
  const lastFirst = pieces.find((p) => p.window === 50 && p.file === EVENT_FILES - 2);
  if (!lastPiece || !lastFirst) throw new Error('events plan: window 50 is not split between file-48 and file-49');
  lastPiece.closes = LAST_FILE_CLOSES - lastWindowCloses;
  lastPiece.fixed = true;
  lastFirst.closes = Math.round(lastA / 2) + rng.int(-10, 10);
  lastFirst.fixed = true;
  const tailCloses = lastPiece.closes + lastFirst.closes + lastWindowCloses;
  const freeCloses = TOTAL_PER_ACTION - closes.reduce((a, b) => a + b, 0) - tailCloses;
  const middleCloses = middle.map((n) => Math.round(n * 0.5 + rng.normal() * 12));
  fixSum(middleCloses, freeCloses);
  closes.push(...middleCloses, lastPiece.closes + lastFirst.closes, lastWindowCloses);
  for (let w = 0; w < sizes.length; w++) {
    spreadCloses(rng, pieces.filter((p) => p.window === w), closes[w]);
  }
  for (const [f, c] of FILE_CLOSES) setFileCloses(pieces, f, c);
  return { windowSizes: sizes, pieces };
}
