/** A Spark map value: insertion-ordered keys and values (keys are never null). */
export class MapValue {
  constructor(readonly keys: readonly unknown[], readonly values: readonly unknown[]) {}
  get size(): number {
    return this.keys.length;
  }
}
