/**
 * The shared memory of one cluster: a control block and, per executor slot, an inbox
 * (driver → executor tasks) and an outbox (executor → driver results).
 *
 * Why shared memory and not messages: the driver runs user code synchronously, as
 * Python does, so `rdd.collect()` must block until the executors answer. A worker that
 * blocks cannot receive messages, but it can wait on a SharedArrayBuffer (Atomics.wait).
 * The main thread (the host) owns the workers, so it can kill an executor while the
 * driver is blocked and tell it so through the same control block.
 *
 * This module is plain ES2022 with no engine imports: the host on the main thread uses it.
 */
import { createGrowableSab, asGrowable, waitAsync } from './growable-sab';

export const MAX_SLOTS = 64;
const MAILBOX_HEADER_BYTES = 8;
const MAILBOX_INITIAL_BYTES = 64 * 1024;
const MAILBOX_MAX_BYTES = 1024 * 1024 * 1024;

/** Control block word offsets. */
export const CTRL_DOORBELL = 0;
export const CTRL_INTERRUPT = 1;
export const CTRL_SLOT_COUNT = 2;
const CTRL_SLOTS_BASE = 8;
const SLOT_WORDS = 4;
const SLOT_STATE = 0;
const SLOT_GENERATION = 1;
const SLOT_EXECUTOR_ID = 2;
/** The generation whose executor exited on its own (a crash, not the host's kill); 0: none. */
const SLOT_LOST_GENERATION = 3;
/** Per slot, after the slot words: a length word and the UTF-8 text of the last loss's reason. */
const LOSS_REASON_BYTES = 256;
const LOSS_BASE_BYTES = 4 * (CTRL_SLOTS_BASE + SLOT_WORDS * MAX_SLOTS);

export const enum SlotState {
  Empty = 0,
  Starting = 1,
  Alive = 2,
  Dead = 3,
}

const enum BoxState {
  Empty = 0,
  Full = 1,
}

export interface MailboxMemory {
  readonly sab: SharedArrayBuffer;
}

export interface ClusterMemory {
  readonly control: SharedArrayBuffer;
  readonly inboxes: SharedArrayBuffer[];
  readonly outboxes: SharedArrayBuffer[];
}

export function createClusterMemory(slotCount: number): ClusterMemory {
  if (slotCount < 1 || slotCount > MAX_SLOTS) {
    throw new RangeError(`executor count must be between 1 and ${MAX_SLOTS}, got ${slotCount}`);
  }
  const control = new SharedArrayBuffer(LOSS_BASE_BYTES + LOSS_REASON_BYTES * MAX_SLOTS);
  new Int32Array(control)[CTRL_SLOT_COUNT] = slotCount;
  const box = () => createGrowableSab(MAILBOX_INITIAL_BYTES, MAILBOX_MAX_BYTES);
  return {
    control,
    inboxes: Array.from({ length: slotCount }, box),
    outboxes: Array.from({ length: slotCount }, box),
  };
}

/** One direction of one slot: at most one message in flight. */
export class Mailbox {
  private readonly header: Int32Array;

  constructor(private readonly sab: SharedArrayBuffer) {
    this.header = new Int32Array(sab, 0, 2);
  }

  isFull(): boolean {
    return Atomics.load(this.header, 0) === BoxState.Full;
  }

  /** Writes a message; the caller must know the box is empty. */
  put(bytes: Uint8Array): void {
    const needed = MAILBOX_HEADER_BYTES + bytes.byteLength;
    const g = asGrowable(this.sab);
    if (g.byteLength < needed) {
      if (needed > g.maxByteLength) throw new RangeError(`message of ${bytes.byteLength} bytes is too large`);
      g.grow(Math.min(g.maxByteLength, Math.max(needed, g.byteLength * 2)));
    }
    new Uint8Array(this.sab, MAILBOX_HEADER_BYTES, bytes.byteLength).set(bytes);
    Atomics.store(this.header, 1, bytes.byteLength);
    Atomics.store(this.header, 0, BoxState.Full);
    Atomics.notify(this.header, 0);
  }

  /** Takes the message out (a copy) and marks the box empty, or returns undefined. */
  take(): Uint8Array | undefined {
    if (!this.isFull()) return undefined;
    const n = Atomics.load(this.header, 1);
    const out = new Uint8Array(n);
    out.set(new Uint8Array(this.sab, MAILBOX_HEADER_BYTES, n));
    Atomics.store(this.header, 0, BoxState.Empty);
    Atomics.notify(this.header, 0);
    return out;
  }

  /** Resolves when a message is there, without blocking the thread's event loop. */
  async whenFull(): Promise<void> {
    while (!this.isFull()) {
      const r = waitAsync(this.header, 0, BoxState.Empty);
      if (r.async) await r.value;
    }
  }

  /** Blocks until the box is empty (a writer waiting for its reader), up to timeoutMs. */
  waitEmpty(timeoutMs: number): boolean {
    if (!this.isFull()) return true;
    Atomics.wait(this.header, 0, BoxState.Full, timeoutMs);
    return !this.isFull();
  }

  reset(): void {
    Atomics.store(this.header, 0, BoxState.Empty);
    Atomics.store(this.header, 1, 0);
  }
}

/** The interrupt word alone, for code that polls it (PyFlint's loop checks). */
export function interruptView(control: SharedArrayBuffer): Int32Array {
  return new Int32Array(control, CTRL_INTERRUPT * 4, 1);
}

/** Typed access to the control block. */
export class ControlBlock {
  readonly words: Int32Array;

  constructor(control: SharedArrayBuffer) {
    this.words = new Int32Array(control);
  }

  get slotCount(): number {
    return Atomics.load(this.words, CTRL_SLOT_COUNT);
  }

  private at(slot: number, field: number): number {
    return CTRL_SLOTS_BASE + slot * SLOT_WORDS + field;
  }

  slotState(slot: number): SlotState {
    return Atomics.load(this.words, this.at(slot, SLOT_STATE)) as SlotState;
  }

  slotGeneration(slot: number): number {
    return Atomics.load(this.words, this.at(slot, SLOT_GENERATION));
  }

  slotExecutorId(slot: number): number {
    return Atomics.load(this.words, this.at(slot, SLOT_EXECUTOR_ID));
  }

  /** Host: a new executor process takes the slot. */
  assign(slot: number, executorId: number): number {
    const generation = Atomics.add(this.words, this.at(slot, SLOT_GENERATION), 1) + 1;
    Atomics.store(this.words, this.at(slot, SLOT_EXECUTOR_ID), executorId);
    Atomics.store(this.words, this.at(slot, SLOT_STATE), SlotState.Starting);
    this.ring();
    return generation;
  }

  /**
   * Host: the executor of `generation` exited by itself (caused by the task it ran, as Spark
   * counts it), for `reason`. Written before the slot is marked dead, so a driver that sees
   * the slot dead or replaced finds the reason.
   */
  recordLoss(slot: number, generation: number, reason: string): void {
    const bytes = new TextEncoder().encode(reason);
    let n = Math.min(bytes.length, LOSS_REASON_BYTES - 4);
    // Cut on a character boundary.
    while (n > 0 && n < bytes.length && (bytes[n]! & 0xc0) === 0x80) n--;
    const base = LOSS_BASE_BYTES + slot * LOSS_REASON_BYTES;
    new Uint8Array(this.words.buffer, base + 4, n).set(bytes.subarray(0, n));
    Atomics.store(this.words, base / 4, n);
    Atomics.store(this.words, this.at(slot, SLOT_LOST_GENERATION), generation);
  }

  /** Driver: why the executor of `generation` exited by itself, or undefined (alive, or killed by the host). */
  lossReason(slot: number, generation: number): string | undefined {
    if (Atomics.load(this.words, this.at(slot, SLOT_LOST_GENERATION)) !== generation || generation === 0) return undefined;
    const base = LOSS_BASE_BYTES + slot * LOSS_REASON_BYTES;
    const n = Atomics.load(this.words, base / 4);
    // TextDecoder refuses views of shared memory: copy first.
    return new TextDecoder().decode(new Uint8Array(this.words.buffer, base + 4, n).slice());
  }

  setState(slot: number, state: SlotState): void {
    Atomics.store(this.words, this.at(slot, SLOT_STATE), state);
    this.ring();
  }

  /** Wakes a driver blocked in waitForRing. */
  ring(): void {
    Atomics.add(this.words, CTRL_DOORBELL, 1);
    Atomics.notify(this.words, CTRL_DOORBELL);
  }

  doorbell(): number {
    return Atomics.load(this.words, CTRL_DOORBELL);
  }

  /** Blocks until the doorbell moves past `seen` or the timeout passes (driver only). */
  waitForRing(seen: number, timeoutMs: number): void {
    Atomics.wait(this.words, CTRL_DOORBELL, seen, timeoutMs);
  }

  interruptRequested(): boolean {
    return Atomics.load(this.words, CTRL_INTERRUPT) !== 0;
  }

  setInterrupt(on: boolean): void {
    Atomics.store(this.words, CTRL_INTERRUPT, on ? 1 : 0);
    this.ring();
  }
}
