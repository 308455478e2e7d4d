/** The scheduler's TaskBackend over the cluster's shared memory (driver side). */
import type { Completion, ExecutorSlot, TaskBackend } from '../engine';
import { ControlBlock, Mailbox, SlotState } from './shared-memory';
import type { ClusterMemoryHandles } from './protocol';

export class SharedMemoryBackend implements TaskBackend {
  private readonly control: ControlBlock;
  private readonly inboxes: Mailbox[];
  private readonly outboxes: Mailbox[];

  /** `beforeBlock` runs before the driver waits, so buffered output reaches the page first. */
  constructor(
    memory: ClusterMemoryHandles,
    private readonly beforeBlock: () => void = () => {},
  ) {
    this.control = new ControlBlock(memory.control);
    this.inboxes = memory.inboxes.map((sab) => new Mailbox(sab));
    this.outboxes = memory.outboxes.map((sab) => new Mailbox(sab));
  }

  slots(): readonly ExecutorSlot[] {
    const out: ExecutorSlot[] = [];
    for (let slot = 0; slot < this.control.slotCount; slot++) {
      out.push({
        slot,
        executorId: String(this.control.slotExecutorId(slot)),
        generation: this.control.slotGeneration(slot),
        alive: this.control.slotState(slot) === SlotState.Alive,
      });
    }
    return out;
  }

  submit(slot: number, task: Uint8Array): void {
    this.inboxes[slot]!.put(task);
  }

  private drain(): Completion[] {
    const out: Completion[] = [];
    for (let slot = 0; slot < this.outboxes.length; slot++) {
      const bytes = this.outboxes[slot]!.take();
      if (bytes) out.push({ slot, generation: this.control.slotGeneration(slot), bytes });
    }
    return out;
  }

  poll(timeoutMs: number): Completion[] {
    const seen = this.control.doorbell();
    const ready = this.drain();
    if (ready.length > 0) return ready;
    this.beforeBlock();
    this.control.waitForRing(seen, timeoutMs);
    return this.drain();
  }

  interrupted(): boolean {
    return this.control.interruptRequested();
  }

  lossReason(slot: number, generation: number): string | undefined {
    return this.control.lossReason(slot, generation);
  }
}
