/**
 * The driver's knowledge of data living on executors: map outputs per shuffle (the
 * blocks themselves stay on the driver, tagged with the executor that produced them, as
 * if they were its shuffle files) and where persisted partitions are cached. Losing an
 * executor forgets both, so the scheduler recomputes from lineage.
 */
import type { MapOutput } from './task';

export interface ExecutorRef {
  readonly slot: number;
  readonly generation: number;
}

interface MapStatus extends ExecutorRef {
  readonly blocks: readonly (Uint8Array | null)[];
}

interface ShuffleState {
  readonly numMaps: number;
  readonly numReducers: number;
  readonly outputs: (MapStatus | undefined)[];
  available: number;
}

/** Thrown while building a reduce task whose inputs are gone; the scheduler recomputes them. */
export class MissingShuffleOutput extends Error {
  constructor(readonly shuffleId: number) {
    super(`missing map outputs of shuffle ${shuffleId}`);
  }
}

export class MapOutputTracker {
  private readonly shuffles = new Map<number, ShuffleState>();

  register(shuffleId: number, numMaps: number, numReducers: number): void {
    if (!this.shuffles.has(shuffleId)) {
      this.shuffles.set(shuffleId, { numMaps, numReducers, outputs: new Array(numMaps).fill(undefined), available: 0 });
    }
  }

  private get(shuffleId: number): ShuffleState {
    const s = this.shuffles.get(shuffleId);
    if (!s) throw new Error(`shuffle ${shuffleId} is not registered`);
    return s;
  }

  addOutput(shuffleId: number, mapIndex: number, at: ExecutorRef, output: MapOutput): void {
    const s = this.get(shuffleId);
    if (!s.outputs[mapIndex]) s.available++;
    s.outputs[mapIndex] = { slot: at.slot, generation: at.generation, blocks: output.blocks };
  }

  has(shuffleId: number, mapIndex: number): boolean {
    return this.get(shuffleId).outputs[mapIndex] !== undefined;
  }

  isAvailable(shuffleId: number): boolean {
    const s = this.get(shuffleId);
    return s.available === s.numMaps;
  }

  missing(shuffleId: number): number[] {
    const out: number[] = [];
    this.get(shuffleId).outputs.forEach((o, i) => {
      if (!o) out.push(i);
    });
    return out;
  }

  /** The non-empty blocks a reducer reads, or a MissingShuffleOutput. */
  blocksFor(shuffleId: number, reduceId: number): Uint8Array[] {
    const s = this.get(shuffleId);
    if (s.available !== s.numMaps) throw new MissingShuffleOutput(shuffleId);
    const out: Uint8Array[] = [];
    for (const o of s.outputs) {
      const b = o!.blocks[reduceId];
      if (b) out.push(b);
    }
    return out;
  }

  /** Drops every output of executors that are no longer there; true when something was lost. */
  removeUnless(alive: (at: ExecutorRef) => boolean): boolean {
    let lost = false;
    for (const s of this.shuffles.values()) {
      s.outputs.forEach((o, i) => {
        if (o && !alive(o)) {
          s.outputs[i] = undefined;
          s.available--;
          lost = true;
        }
      });
    }
    return lost;
  }

  unregister(shuffleId: number): void {
    this.shuffles.delete(shuffleId);
  }
}

export class BlockTracker {
  private readonly locations = new Map<string, ExecutorRef[]>();

  add(blockId: string, at: ExecutorRef): void {
    const list = this.locations.get(blockId);
    if (!list) this.locations.set(blockId, [at]);
    else if (!list.some((l) => l.slot === at.slot && l.generation === at.generation)) list.push(at);
  }

  locationsOf(blockId: string): readonly ExecutorRef[] {
    return this.locations.get(blockId) ?? [];
  }

  has(blockId: string, at: ExecutorRef): boolean {
    return this.locationsOf(blockId).some((l) => l.slot === at.slot && l.generation === at.generation);
  }

  remove(blockId: string, at: ExecutorRef): void {
    const kept = this.locationsOf(blockId).filter((l) => l.slot !== at.slot || l.generation !== at.generation);
    if (kept.length > 0) this.locations.set(blockId, kept);
    else this.locations.delete(blockId);
  }

  count(prefix: string): number {
    let n = 0;
    for (const k of this.locations.keys()) if (k.startsWith(prefix)) n++;
    return n;
  }

  /** Forgets the blocks of an RDD and says which executors should drop their copies. */
  removeRdd(rddId: number): Map<number, string[]> {
    const prefix = `rdd_${rddId}_`;
    const drops = new Map<number, string[]>();
    for (const [id, list] of this.locations) {
      if (!id.startsWith(prefix)) continue;
      for (const l of list) drops.set(l.slot, [...(drops.get(l.slot) ?? []), id]);
      this.locations.delete(id);
    }
    return drops;
  }

  removeUnless(alive: (at: ExecutorRef) => boolean): void {
    for (const [id, list] of this.locations) {
      const kept = list.filter(alive);
      if (kept.length === 0) this.locations.delete(id);
      else if (kept.length !== list.length) this.locations.set(id, kept);
    }
  }
}
