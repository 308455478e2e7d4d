/**
 * A module's globals. Generated code reads and writes `o`, a object without inherited names, with
 * constant property names (inline caches make that near a local variable's cost, where a Map
 * lookup hashes the key every time); everything else sees an ordinary Map.
 */
// The prototype has no properties (so no Object.prototype names leak in as globals) but is
// not null: V8 keeps Object.create(null) objects in slow dictionary mode.
const NO_NAMES: object = Object.freeze(Object.create(null) as object);

export class Globals extends Map<string, unknown> {
  readonly o: Record<string, unknown> = Object.create(NO_NAMES) as Record<string, unknown>;

  constructor(entries?: Iterable<readonly [string, unknown]>) {
    super();
    if (entries) for (const [k, v] of entries) this.o[k] = v;
  }

  override get(k: string): unknown {
    return this.o[k];
  }

  override set(k: string, v: unknown): this {
    this.o[k] = v;
    return this;
  }

  override has(k: string): boolean {
    return this.o[k] !== undefined;
  }

  override delete(k: string): boolean {
    if (this.o[k] === undefined) return false;
    delete this.o[k];
    return true;
  }

  override clear(): void {
    for (const k of Object.keys(this.o)) delete this.o[k];
  }

  override get size(): number {
    return Object.keys(this.o).length;
  }

  override keys(): MapIterator<string> {
    return Object.keys(this.o)[Symbol.iterator]() as MapIterator<string>;
  }

  override values(): MapIterator<unknown> {
    return Object.values(this.o)[Symbol.iterator]() as MapIterator<unknown>;
  }

  override entries(): MapIterator<[string, unknown]> {
    return Object.entries(this.o)[Symbol.iterator]() as MapIterator<[string, unknown]>;
  }

  override [Symbol.iterator](): MapIterator<[string, unknown]> {
    return this.entries();
  }

  override forEach(cb: (value: unknown, key: string, map: Map<string, unknown>) => void): void {
    for (const [k, v] of Object.entries(this.o)) cb(v, k, this);
  }
}

/** The globals of a host-provided Map: wraps it unless it already is one. */
export function asGlobals(m: Map<string, unknown>): Globals {
  return m instanceof Globals ? m : new Globals(m);
}
