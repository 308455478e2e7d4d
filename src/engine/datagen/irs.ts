/**
 * Synthetic full-size `2013_soi_zipcode_agi.csv` (SYNTHETIC: not IRS data). The real
 * file (166,740 rows × 114 columns) is not public in any repository; this one has the real
 * header and layout: per state the `00000` totals (the sums of the state's other rows),
 * its ZIPs in order and `99999` ("other ZIPs"), 6 `agi_stub` rows each. Alabama's first
 * 2,999 rows are the real subset verbatim; every other ZIP scales a real Alabama ZIP.
 * Numbers are written as the IRS file writes them: 12 characters at most, up to 4 decimals
 * (`870380.0000`, `11255896.000`).
 */
import { ByteWriter } from './byte-writer';
import { IRS_ROWS, IRS_STATES } from './irs-states';
import type { IrsState } from './irs-states';
import { IRS_STUBS, IRS_VALUE_COLUMNS, isCountColumn, parseIrsSubset } from './irs-template';
import type { IrsSubset } from './irs-template';
import { Rng } from './rng';

export const IRS_SEED = 2013;
export const IRS_DIR = 'data.gov/irs_zip_code_data/data-001';
export const IRS_FILE = `${IRS_DIR}/2013_soi_zipcode_agi.csv`;
export const IRS_SUBSET_FILE = `${IRS_DIR}/2013_soi_zipcode_agi.SUBSET-first-2999-rows-AL-only.csv`;
/**
 * Byte sizes of the scale-1 chunks (header, then each state in file order), so a listing
 * need not generate 150 MB and a reader can generate only the states its split covers.
 * A test keeps them true.
 */
export const IRS_CHUNK_BYTES_AT_SCALE_1: readonly number[] = [
  788, 3085504, 952693, 1615555, 2774864, 8216388, 2339853, 1394842, 303366, 129057, 4833000, 3478518, 470112, 1147390, 6683617,
  3624410, 4254841, 3090452, 3491164, 2471607, 1927593, 2266273, 2626191, 4560117, 4284904, 1898477, 4592017, 1478807, 2353281,
  783549, 1160238, 3039063, 1402485, 8065897, 3812024, 1379399, 5767138, 2691520, 1919648, 8488312, 383342, 2053090, 1416656,
  2945187, 9192804, 1319421, 1172358, 4189023, 2868693, 3050106, 3592840, 747455,
];
export const IRS_BYTES_AT_SCALE_1 = IRS_CHUNK_BYTES_AT_SCALE_1.reduce((a, b) => a + b, 0);

export interface IrsOptions {
  /** Rows × scale (1 = 166,740 rows). Beyond 1, whole tables repeat with new synthetic values. */
  readonly scale?: number;
  readonly seed?: number;
}

const ROW_VALUES = IRS_STUBS * IRS_VALUE_COLUMNS;

interface Ctx {
  readonly subset: IrsSubset;
  readonly counts: readonly boolean[];
  readonly a02650: number;
}

/** `n` ZIP codes from the state's prefixes (never `xx00`), sorted, above `after`. */
function chooseZips(rng: Rng, st: IrsState, n: number, after = 0): number[] {
  const candidates: number[] = [];
  for (const [lo, hi] of st.prefixes) {
    for (let p = lo; p <= hi; p++) for (let k = 1; k < 100; k++) if (p * 100 + k > after) candidates.push(p * 100 + k);
  }
  const out: number[] = [];
  let need = n;
  for (let i = 0; i < candidates.length && need > 0; i++) {
    if (rng.float() * (candidates.length - i) < need) {
      out.push(candidates[i]);
      need--;
    }
  }
  if (need > 0) throw new Error(`IRS: ${st.code} has too few ZIP candidates`);
  return out;
}

/** One ZIP's 6 rows from a template: counts rounded to tens, amounts left unrounded. */
function scaleTemplate(ctx: Ctx, rng: Rng, size: number, income: number, out: Float64Array, at: number): void {
  const t = ctx.subset.templates[rng.int(0, ctx.subset.templates.length - 1)];
  const h = income * (0.8 + 0.4 * rng.float());
  for (let s = 0; s < IRS_STUBS; s++) {
    const g = size * (0.9 + 0.2 * rng.float());
    for (let j = 0; j < IRS_VALUE_COLUMNS; j++) {
      const v = t[s * IRS_VALUE_COLUMNS + j] * g;
      out[at + s * IRS_VALUE_COLUMNS + j] = ctx.counts[j] ? Math.round(v / 10) * 10 : v * h;
    }
  }
}

/** Rounds amounts; for a pinned state first rescales them so the A02650 sum comes out exact. */
function settleAmounts(ctx: Ctx, st: IrsState, m: Float64Array, zipCount: number): void {
  const a = ctx.a02650;
  let factor = 1;
  if (st.a02650Sum !== undefined) {
    let raw = 0;
    for (let r = 0; r < zipCount * IRS_STUBS; r++) raw += m[r * IRS_VALUE_COLUMNS + a];
    factor = st.a02650Sum / 2 / raw;
  }
  for (let r = 0; r < zipCount * IRS_STUBS; r++) {
    for (let j = 0; j < IRS_VALUE_COLUMNS; j++) if (!ctx.counts[j]) m[r * IRS_VALUE_COLUMNS + j] = Math.round(m[r * IRS_VALUE_COLUMNS + j] * factor);
  }
  if (st.a02650Sum === undefined) return;
  // The state total rows double the sum, so the ZIP rows must hold exactly half of it.
  let sum = 0;
  for (let r = 0; r < zipCount * IRS_STUBS; r++) sum += m[r * IRS_VALUE_COLUMNS + a];
  const other = (zipCount - 1) * ROW_VALUES;
  let best = 0;
  for (let s = 1; s < IRS_STUBS; s++) if (m[other + s * IRS_VALUE_COLUMNS + a] > m[other + best * IRS_VALUE_COLUMNS + a]) best = s;
  m[other + best * IRS_VALUE_COLUMNS + a] += st.a02650Sum / 2 - sum;
}

function writeValue(w: ByteWriter, v: number): void {
  const len = w.int(v);
  w.byte(46);
  w.zeros(Math.min(4, Math.max(1, 11 - len)));
}

class RowSink {
  w = new ByteWriter();

  constructor(public left: number) {}

  /** The bytes written since the last flush. */
  flush(): Uint8Array {
    const out = this.w.take();
    this.w = new ByteWriter(out.length + 1024);
    return out;
  }

  row(st: IrsState, zip: string, stub: number, values: Float64Array, at: number): void {
    if (this.left <= 0) return;
    this.left--;
    this.w.ascii(`${st.fips},${st.code},${zip},${stub + 1}`);
    for (let j = 0; j < IRS_VALUE_COLUMNS; j++) {
      this.w.byte(44);
      writeValue(this.w, values[at + j]);
    }
    this.w.byte(10);
  }
}

/** Alabama: the real rows, then synthetic rows for the rest of the state (no totals to recompute). */
function alabama(ctx: Ctx, st: IrsState, rng: Rng, sink: RowSink): void {
  for (const line of ctx.subset.lines) {
    if (sink.left <= 0) return;
    sink.w.bytes(line);
    sink.left--;
  }
  const realZips = [...new Set(ctx.subset.zips)].filter((z) => z !== '00000');
  const last = realZips[realZips.length - 1];
  const partial = ctx.subset.zips.filter((z) => z === last).length;
  const extra = chooseZips(rng, st, st.zips - 2 - realZips.length, Number(last));
  const m = new Float64Array((extra.length + 2) * ROW_VALUES);
  for (let z = 0; z < extra.length + 2; z++) scaleTemplate(ctx, rng, z === extra.length + 1 ? 0.5 : 1, st.income, m, z * ROW_VALUES);
  settleAmounts(ctx, st, m, extra.length + 2);
  for (let s = partial; s < IRS_STUBS; s++) sink.row(st, last, s, m, s * IRS_VALUE_COLUMNS);
  extra.forEach((zip, z) => {
    for (let s = 0; s < IRS_STUBS; s++) sink.row(st, String(zip).padStart(5, '0'), s, m, (z + 1) * ROW_VALUES + s * IRS_VALUE_COLUMNS);
  });
  for (let s = 0; s < IRS_STUBS; s++) sink.row(st, '99999', s, m, (extra.length + 1) * ROW_VALUES + s * IRS_VALUE_COLUMNS);
}

function otherState(ctx: Ctx, st: IrsState, rng: Rng, sink: RowSink): void {
  const zips = chooseZips(rng, st, st.zips - 2);
  const n = zips.length + 1;
  const m = new Float64Array(n * ROW_VALUES);
  for (let z = 0; z < n; z++) scaleTemplate(ctx, rng, st.size * (z === n - 1 ? 0.5 : 0.35 + 1.3 * rng.float()), st.a02650Sum ? 1 : st.income, m, z * ROW_VALUES);
  settleAmounts(ctx, st, m, n);
  const totals = new Float64Array(ROW_VALUES);
  for (let z = 0; z < n; z++) for (let k = 0; k < ROW_VALUES; k++) totals[k] += m[z * ROW_VALUES + k];
  for (let s = 0; s < IRS_STUBS; s++) sink.row(st, '00000', s, totals, s * IRS_VALUE_COLUMNS);
  for (let z = 0; z < n; z++) {
    const zip = z === n - 1 ? '99999' : String(zips[z]).padStart(5, '0');
    for (let s = 0; s < IRS_STUBS; s++) sink.row(st, zip, s, m, z * ROW_VALUES + s * IRS_VALUE_COLUMNS);
  }
}

function context(subset: IrsSubset): Ctx {
  return { subset, counts: subset.valueColumns.map(isCountColumn), a02650: subset.valueColumns.indexOf('A02650') };
}

/** Writes state `i`'s rows (as many as the sink still takes) and returns them. */
function stateChunk(ctx: Ctx, i: number, pass: number, seed: number, sink: RowSink): Uint8Array {
  const st = IRS_STATES[i];
  const rng = new Rng((seed + Math.imul(pass, 7919) + Math.imul(i, 104729)) >>> 0);
  if (st.code === 'AL') alabama(ctx, st, rng, sink);
  else otherState(ctx, st, rng, sink);
  return sink.flush();
}

/** The file as chunks (header, then one per state), produced lazily so huge scales stream to disk. */
export function* irsChunks(subsetBytes: Uint8Array, options: IrsOptions = {}): Generator<Uint8Array> {
  const subset = parseIrsSubset(subsetBytes);
  const ctx = context(subset);
  const seed = options.seed ?? IRS_SEED;
  yield subset.header.slice();
  const sink = new RowSink(Math.round(IRS_ROWS * (options.scale ?? 1)));
  for (let pass = 0; sink.left > 0; pass++) {
    for (let i = 0; i < IRS_STATES.length && sink.left > 0; i++) yield stateChunk(ctx, i, pass, seed, sink);
  }
}

/** The whole file as chunks, the same bytes on every run. */
export function generateIrs(subsetBytes: Uint8Array, options: IrsOptions = {}): Uint8Array[] {
  return [...irsChunks(subsetBytes, options)];
}

/** Chunk `index` of the scale-1 file alone (0 = header, then states): what a reader of one split needs. */
export function irsChunkAtScale1(subset: IrsSubset, index: number, seed: number = IRS_SEED): Uint8Array {
  if (index === 0) return subset.header.slice();
  return stateChunk(context(subset), index - 1, 0, seed, new RowSink(Number.POSITIVE_INFINITY));
}
