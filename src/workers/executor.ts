/**
 * An executor: waits for tasks in its inbox, runs them with the engine's task runner,
 * and answers in its outbox. Its ExecutorState keeps compiled functions, cached blocks
 * and broadcast values for the executor's lifetime.
 */
import { ExecutorState, executeTask } from '../engine';
import type { ExecutorApi, ExecutorInit } from './protocol';
import { ControlBlock, Mailbox, SlotState } from './shared-memory';

export function createExecutor(): ExecutorApi {
  return {
    async init(init: ExecutorInit) {
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
      })();
    },
  };
}
