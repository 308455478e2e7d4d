/**
 * Arguments Spark fills in when a call omits them; they show up in generated column names
 * (`substr(s, 5, 2147483647)`) and in evaluation alike, so the analyzer applies them once.
 */
import { BinaryType, IntegerType, StringType } from '../../types';
import type { Expr } from '../ast';
import { intLit, lit, strLit } from '../parser/literals';

type Filler = (args: Expr[], pos: number) => Expr[] | null;

const FILL: Record<string, Filler> = {
  substr: (a, p) => (a.length === 2 ? [...a, intLit(2147483647, p)] : null),
  substring: (a, p) => (a.length === 2 ? [...a, intLit(2147483647, p)] : null),
  replace: (a, p) => (a.length === 2 ? [...a, strLit('', p)] : null),
  split: (a, p) => (a.length === 2 ? [...a, intLit(-1, p)] : null),
  position: (a, p) => (a.length === 2 ? [...a, intLit(1, p)] : null),
  locate: (a, p) => (a.length === 2 ? [...a, intLit(1, p)] : null),
  lpad: padFill,
  rpad: padFill,
  regexp_extract: (a, p) => (a.length === 2 ? [...a, intLit(1, p)] : null),
  regexp_extract_all: (a, p) => (a.length === 2 ? [...a, intLit(1, p)] : null),
  regexp_instr: (a, p) => (a.length === 2 ? [...a, intLit(0, p)] : null),
  regexp_replace: (a, p) => (a.length === 3 ? [...a, intLit(1, p)] : null),
  percentile_approx: (a, p) => (a.length === 2 ? [...a, intLit(10000, p)] : null),
  approx_percentile: (a, p) => (a.length === 2 ? [...a, intLit(10000, p)] : null),
  sort_array: (a, p) => (a.length === 1 ? [...a, lit(true, { kind: 'boolean' }, p)] : null),
  sentences: (a, p) => (a.length < 3 ? [...a, ...Array.from({ length: 3 - a.length }, () => strLit('', p))] : null),
  make_interval: zerosUpTo(7),
  try_make_interval: zerosUpTo(7),
  make_dt_interval: zerosUpTo(4),
  make_ym_interval: zerosUpTo(2),
  aes_encrypt: (a, p) => (a.length >= 2 && a.length < 6 ? [...a, ...[strLit('GCM', p), strLit('DEFAULT', p), strLit('', p), strLit('', p)].slice(a.length - 2)] : null),
  str_to_map: (a, p) => (a.length === 1 ? [...a, strLit(',', p), strLit(':', p)] : a.length === 2 ? [...a, strLit(':', p)] : null),
  aes_decrypt: aesDecryptFill,
  try_aes_decrypt: aesDecryptFill,
};

/** aes_decrypt(input, key[, mode[, padding[, aad]]]) with Spark's 'GCM', 'DEFAULT', '' defaults. */
function aesDecryptFill(a: Expr[], p: number): Expr[] | null {
  return a.length >= 2 && a.length < 5 ? [...a, ...[strLit('GCM', p), strLit('DEFAULT', p), strLit('', p)].slice(a.length - 2)] : null;
}

/** Trailing arguments that default to 0 (make_interval and friends). */
function zerosUpTo(n: number): Filler {
  return (a, p) => (a.length < n ? [...a, ...Array.from({ length: n - a.length }, () => intLit(0, p))] : null);
}

function padFill(a: Expr[], p: number): Expr[] | null {
  if (a.length !== 2) return null;
  const first = a[0]!;
  const binary = first.kind === 'func' && ['unhex', 'binary', 'encode'].includes(first.name.toLowerCase());
  return [...a, binary ? lit(new Uint8Array([0]), BinaryType, p, "X'00'") : strLit(' ', p)];
}

/** The call with Spark's default arguments added, or the same call. */
export function withDefaultArgs(e: Extract<Expr, { kind: 'func' }>): Extract<Expr, { kind: 'func' }> {
  const f = FILL[e.name.toLowerCase()];
  const args = f ? f(e.args, e.pos) : null;
  return args ? { ...e, args } : e;
}

export { IntegerType, StringType };
