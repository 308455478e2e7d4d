/**
 * The driver's registry of broadcast variables and accumulators: which broadcast bytes
 * each executor (slot + generation) already holds, what to tell executors to drop, and
 * the merging of accumulator updates that tasks return.
 */
import { destroyedError } from './handles';
import type { BroadcastOwner , Accumulator, Broadcast} from './handles';
import type { ShippedAccumulator, ShippedBroadcast } from './task';
import type { ExecutorRef } from './trackers';

const key = (at: ExecutorRef) => `${at.slot}:${at.generation}`;

export class SharedVariables implements BroadcastOwner {
  private readonly broadcasts = new Map<number, Broadcast>();
  private readonly accumulators = new Map<number, Accumulator>();
  /** Engine accumulators (SQL metrics): merged as any other, not described in task events. */
  private readonly internal = new Set<number>();
  /** executor (slot:generation) → broadcast ids it holds. */
  private readonly shipped = new Map<string, Set<number>>();
  /** slot → broadcast ids to drop with its next task. */
  readonly broadcastDrops = new Map<number, number[]>();
  private nextBroadcastId = 0;
  private nextAccumulatorId = 0;

  newBroadcastId(): number {
    return this.nextBroadcastId++;
  }

  newAccumulatorId(): number {
    return this.nextAccumulatorId++;
  }

  addBroadcast(b: Broadcast): void {
    this.broadcasts.set(b.id, b);
  }

  addAccumulator(a: Accumulator, internal = false): void {
    this.accumulators.set(a.id, a);
    if (internal) this.internal.add(a.id);
  }

  /** Forgets an engine accumulator once its value was read (late updates are dropped). */
  removeAccumulator(id: number): void {
    this.accumulators.delete(id);
    this.internal.delete(id);
  }

  /** Whether task events describe this accumulator's updates (user accumulators only). */
  reported(id: number): boolean {
    return this.accumulators.has(id) && !this.internal.has(id);
  }

  /** The broadcasts among `ids` that executor `at` lacks; they count as shipped from now on. */
  broadcastsFor(ids: Iterable<number>, at: ExecutorRef): ShippedBroadcast[] {
    const out: ShippedBroadcast[] = [];
    let held = this.shipped.get(key(at));
    for (const id of ids) {
      const b = this.broadcasts.get(id);
      if (!b || b.destroyed) throw destroyedError(id);
      if (held?.has(id)) continue;
      if (!held) this.shipped.set(key(at), (held = new Set()));
      held.add(id);
      out.push({ id, bytes: b.bytes });
    }
    return out;
  }

  accumulatorsFor(ids: Iterable<number>): ShippedAccumulator[] {
    const out: ShippedAccumulator[] = [];
    for (const id of ids) {
      const a = this.accumulators.get(id);
      if (!a) throw new Error(`unknown accumulator ${id}`);
      out.push({ id, zero: a.zero, merge: a.mergeRef });
    }
    return out;
  }

  accumulatorValue(id: number): unknown {
    return this.accumulators.get(id)?.value;
  }

  mergeUpdates(updates: readonly (readonly [number, unknown])[] | undefined): void {
    for (const [id, v] of updates ?? []) this.accumulators.get(id)?.add(v);
  }

  /** Executors that are gone hold nothing. */
  forgetUnless(alive: (at: ExecutorRef) => boolean): void {
    for (const k of this.shipped.keys()) {
      const [slot, generation] = k.split(':').map(Number) as [number, number];
      if (!alive({ slot, generation })) this.shipped.delete(k);
    }
  }

  unpersistBroadcast(id: number): void {
    for (const [k, held] of this.shipped) {
      if (!held.delete(id)) continue;
      const slot = Number(k.split(':')[0]);
      this.broadcastDrops.set(slot, [...(this.broadcastDrops.get(slot) ?? []), id]);
    }
  }

  destroyBroadcast(id: number): void {
    this.unpersistBroadcast(id);
    this.broadcasts.delete(id);
  }
}
