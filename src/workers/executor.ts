/**
 * An executor: waits for tasks in its inbox, runs them with the engine's task runner,
 * and answers in its outbox. Its ExecutorState keeps compiled functions, cached blocks
 * and broadcast values for the executor's lifetime.
 */
import { ExecutorState, executeTask, setPythonVfs } from '../engine';
import type { Vfs } from '../engine';
import type { ExecutorApi, ExecutorInit, StorageConfig } from './protocol';
import { ControlBlock, Mailbox, SlotState } from './shared-memory';

/** How a worker of this platform opens the cluster's storage (disk in Node, bundled files in the browser). */
export type MakeVfs = (storage: StorageConfig | undefined) => Vfs | undefined;

export function createExecutor(makeVfs: MakeVfs = () => undefined): ExecutorApi {
  return {
    async init(init: ExecutorInit) {
      // Task code that calls open() must see the files the driver's program wrote.
      setPythonVfs(makeVfs(init.storage) ?? null);
      const control = new ControlBlock(init.memory.control);
      const inbox = new Mailbox(init.memory.inboxes[init.slot]!);
      const outbox = new Mailbox(init.memory.outboxes[init.slot]!);
      const state = new ExecutorState(init.executorId);
      control.setState(init.slot, SlotState.Alive);
      void (async () => {
        for (;;) {
          await inbox.whenFull();
          const bytes = inbox.take();
          if (!bytes) continue;
          const outcome = executeTask(bytes, state);
          outbox.waitEmpty(60_000);
          outbox.put(outcome);
          control.ring();
        }
      })().catch((e: unknown) => {
        // The task runner answers for every task error: whatever escapes it leaves this
        // executor unable to answer. Raise it at top level, so the worker ends (Node) or
        // reports an error (browser), and the host replaces the executor instead of the
        // driver waiting for an answer that never comes.
        setTimeout(() => {
          throw e;
        });
      });
    },
  };
}
