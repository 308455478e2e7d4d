/** Spark's StorageLevel: where persisted partitions live. Flint keeps them in executor memory. */
export class StorageLevel {
  constructor(
    readonly useDisk: boolean,
    readonly useMemory: boolean,
    readonly useOffHeap: boolean,
    readonly deserialized: boolean,
    readonly replication = 1,
  ) {}

  static readonly NONE = new StorageLevel(false, false, false, false);
  static readonly DISK_ONLY = new StorageLevel(true, false, false, false);
  static readonly DISK_ONLY_2 = new StorageLevel(true, false, false, false, 2);
  static readonly DISK_ONLY_3 = new StorageLevel(true, false, false, false, 3);
  static readonly MEMORY_ONLY = new StorageLevel(false, true, false, false);
  static readonly MEMORY_ONLY_2 = new StorageLevel(false, true, false, false, 2);
  static readonly MEMORY_AND_DISK = new StorageLevel(true, true, false, false);
  static readonly MEMORY_AND_DISK_2 = new StorageLevel(true, true, false, false, 2);
  static readonly MEMORY_AND_DISK_DESER = new StorageLevel(true, true, false, true);
  static readonly OFF_HEAP = new StorageLevel(true, true, true, false, 1);

  get isValid(): boolean {
    return this.useMemory || this.useDisk || this.useOffHeap;
  }

  equals(o: StorageLevel): boolean {
    return (
      o.useDisk === this.useDisk && o.useMemory === this.useMemory && o.useOffHeap === this.useOffHeap &&
      o.deserialized === this.deserialized && o.replication === this.replication
    );
  }

  /** Spark's StorageLevel.description, e.g. "Memory Serialized 1x Replicated". */
  get description(): string {
    let s = '';
    if (this.useDisk) s += 'Disk ';
    if (this.useMemory) s += this.deserialized ? 'Memory Deserialized ' : 'Memory Serialized ';
    if (this.useOffHeap) s += 'OffHeap ';
    return `${s}${this.replication}x Replicated`;
  }

  /** PySpark's repr: StorageLevel(False, True, False, False, 1). */
  toString(): string {
    const b = (v: boolean) => (v ? 'True' : 'False');
    return `StorageLevel(${b(this.useDisk)}, ${b(this.useMemory)}, ${b(this.useOffHeap)}, ${b(this.deserialized)}, ${this.replication})`;
  }
}
