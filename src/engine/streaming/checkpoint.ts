/**
 * A query's checkpoint on the VFS, laid out as Spark's: `metadata` ({"id"}), `offsets/N`
 * (the write-ahead log: what batch N reads), `commits/N` (batch N is done), `sources/i/N`
 * (a file source's files per batch) and `state/0/N` (the state after batch N). Logs are
 * `v1` followed by JSON lines. Values in state rows keep their engine types (bigint, maps).
 */
import type { Vfs } from '../io';
import { MapValue } from '../types';

export class Checkpoint {
  constructor(
    readonly vfs: Vfs,
    readonly root: string,
  ) {}

  path(...parts: (string | number)[]): string {
    return [this.root.replace(/\/+$/, ''), ...parts.map(String)].join('/');
  }

  exists(...parts: (string | number)[]): boolean {
    return this.vfs.exists(this.path(...parts));
  }

  write(parts: (string | number)[], text: string): void {
    this.vfs.writeFile(this.path(...parts), text, { createParents: true });
  }

  read(...parts: (string | number)[]): string | null {
    const p = this.path(...parts);
    return this.vfs.exists(p) ? this.vfs.readText(p) : null;
  }

  /** The batch ids logged in a directory (`offsets`, `commits`), ascending. */
  batchIds(...dir: (string | number)[]): number[] {
    const p = this.path(...dir);
    if (!this.vfs.exists(p)) return [];
    return this.vfs
      .listDir(p)
      .filter((f) => !f.isDir && /^\d+$/.test(f.name))
      .map((f) => Number(f.name))
      .sort((a, b) => a - b);
  }

  writeLog(dir: (string | number)[], batchId: number, lines: readonly unknown[]): void {
    this.write([...dir, batchId], ['v1', ...lines.map((l) => JSON.stringify(l))].join('\n'));
  }

  readLog(dir: (string | number)[], batchId: number): unknown[] | null {
    const text = this.read(...dir, batchId);
    if (text === null) return null;
    const [, ...lines] = text.split('\n');
    return lines.filter((l) => l !== '').map((l) => JSON.parse(l) as unknown);
  }

  remove(...parts: (string | number)[]): void {
    const p = this.path(...parts);
    if (this.vfs.exists(p)) this.vfs.rm(p, true);
  }
}

/** Engine values as JSON: bigint, maps, bytes and non-finite doubles tagged. */
export function encodeValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return { $l: v.toString() };
  if (typeof v === 'number') return Number.isFinite(v) ? v : { $d: String(v) };
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map(encodeValue);
  if (v instanceof MapValue) return { $m: [v.keys.map(encodeValue), v.values.map(encodeValue)] };
  if (v instanceof Uint8Array) return { $b: Array.from(v) };
  return { $o: JSON.stringify(v) };
}

export function decodeValue(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(decodeValue);
  const o = v as Record<string, unknown>;
  if ('$l' in o) return BigInt(o.$l as string);
  if ('$d' in o) return Number(o.$d);
  if ('$m' in o) {
    const [k, vs] = o.$m as [unknown[], unknown[]];
    return new MapValue(k.map(decodeValue), vs.map(decodeValue));
  }
  if ('$b' in o) return Uint8Array.from(o.$b as number[]);
  return JSON.parse(o.$o as string) as unknown;
}
