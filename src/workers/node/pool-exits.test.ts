/**
 * The pool's handling of workers that end by themselves, with fake workers on message
 * channels: the browser's case (an error event, the worker still running) and a worker
 * that dies before it is ready. The Node cluster tests cover real worker_threads.
 */
import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { expose, nodeEndpoint } from '../comlink';
import { Cluster, executorExitReason } from '../pool';
import type { SpawnedWorker, WorkerExit, WorkerSpawner } from '../pool';
import type { DriverInit, ExecutorInit } from '../protocol';
import { ControlBlock, SlotState } from '../shared-memory';

interface FakeWorker extends SpawnedWorker {
  terminated: boolean;
  fail(exit: WorkerExit): void;
}

function fakeWorker(api: object): FakeWorker {
  const { port1, port2 } = new MessageChannel();
  expose(api, nodeEndpoint(port2));
  let listener: ((exit: WorkerExit) => void) | undefined;
  const w: FakeWorker = {
    endpoint: nodeEndpoint(port1),
    terminated: false,
    terminate: () => {
      w.terminated = true;
      port1.close();
      port2.close();
    },
    onExit: (l) => (listener = l),
    fail: (exit) => listener?.(exit),
  };
  return w;
}

function fakeSpawner(executorReady: (n: number) => boolean = () => true) {
  const executors: FakeWorker[] = [];
  let control: ControlBlock | undefined;
  const spawner: WorkerSpawner = {
    hardwareConcurrency: 4,
    spawnDriver: () =>
      fakeWorker({
        async init(init: DriverInit) {
          control = new ControlBlock(init.memory.control);
          return { executors: control.slotCount };
        },
      }),
    spawnExecutor: () => {
      const n = executors.length;
      const w: FakeWorker = fakeWorker({
        async init(init: ExecutorInit) {
          // A worker that dies while loading never answers.
          if (!executorReady(n)) return new Promise(() => {});
          new ControlBlock(init.memory.control).setState(init.slot, SlotState.Alive);
        },
      });
      executors.push(w);
      return w;
    },
  };
  return { spawner, executors, control: () => control! };
}

let cluster: Cluster | undefined;
afterEach(async () => {
  await cluster?.shutdown();
  cluster = undefined;
});

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

describe('the pool replaces executors that end by themselves', () => {
  it('ends a worker that reported an uncaught error, records why for the driver, and starts a replacement', async () => {
    const fake = fakeSpawner();
    cluster = new Cluster(fake.spawner, 'local[2]');
    await cluster.start();
    const control = fake.control();
    const generation = control.slotGeneration(0);
    fake.executors[0]!.fail({ code: null, error: { name: '', message: 'Uncaught Error: boom' } });
    expect(fake.executors[0]!.terminated).toBe(true);
    expect(control.lossReason(0, generation)).toBe('Command exited with code 50 (Uncaught Error: boom)');
    await until(() => control.slotState(0) === SlotState.Alive);
    expect(control.slotGeneration(0)).toBe(generation + 1);
    expect(control.lossReason(0, generation + 1)).toBeUndefined();
    expect(fake.executors).toHaveLength(3);
    const info = cluster.executorInfo().map((e) => [e.slot, e.executorId, e.alive]);
    expect(info.sort()).toEqual([[0, '0', false], [0, '2', true], [1, '1', true]]);
  });

  it('ignores the exit of a worker the host killed or shut down: no reason, one replacement', async () => {
    const fake = fakeSpawner();
    cluster = new Cluster(fake.spawner, 'local[2]');
    await cluster.start();
    const control = fake.control();
    const generation = control.slotGeneration(1);
    await cluster.killExecutor(1);
    fake.executors[1]!.fail({ code: 1 });
    expect(control.lossReason(1, generation)).toBeUndefined();
    expect(fake.executors).toHaveLength(3);
    await cluster.shutdown();
    fake.executors[2]!.fail({ code: 1 });
    expect(fake.executors).toHaveLength(3);
  });

  it('stops replacing a slot whose executors die before they are ready, three times in a row', async () => {
    const fake = fakeSpawner((n) => n < 2);
    cluster = new Cluster(fake.spawner, 'local[2]');
    await cluster.start();
    fake.executors[0]!.fail({ code: 1 });
    for (let i = 2; i < 5; i++) {
      await until(() => fake.executors.length > i);
      fake.executors[i]!.fail({ code: 1 });
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.executors).toHaveLength(5);
    expect(fake.control().slotState(0)).toBe(SlotState.Dead);
  });

  it('words the loss as Spark\'s standalone worker does', () => {
    expect(executorExitReason({ code: 1 })).toBe('Command exited with code 1');
    expect(executorExitReason({ code: 1, error: { name: 'Error', message: 'boom' } })).toBe('Command exited with code 50 (Error: boom)');
    expect(executorExitReason({ code: 1, error: { name: 'Error', message: 'Worker terminated due to reaching memory limit: JS heap out of memory', code: 'ERR_WORKER_OUT_OF_MEMORY' } })).toBe(
      'Command exited with code 52 (Worker terminated due to reaching memory limit: JS heap out of memory)',
    );
  });
});
