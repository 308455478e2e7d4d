/**
 * In a notebook session: a StreamingContext started in one cell keeps producing batches while
 * the driver is idle (the driver timer calls Session.runBackground) and while later cells run
 * or sleep; pprint's output goes to the cell that started the context.
 */
import { describe, expect, it } from 'vitest';
import { InProcessBackend } from '../../../rdd';
import { Session } from '../../../session';
import type { CellOutput } from '../../../session';

describe('DStreams in a notebook session', () => {
  it('prints batches into the starting cell while the driver is idle and other cells run', async () => {
    const outputs: [string, CellOutput][] = [];
    const session = new Session({ backend: new InProcessBackend(2), master: 'local[2]', emitOutput: (c, o) => outputs.push([c, o]), emitScheduler: () => undefined });
    const cell = (cellId: string, code: string) => session.runCell({ cellId, language: 'python', code, filename: `<${cellId}>`, lineOffset: 0 });
    const text = (cellId: string) =>
      outputs
        .filter(([c]) => c === cellId)
        .map(([, o]) => (o.kind === 'stream' || o.kind === 'result' ? ('text' in o ? o.text : '') : `[${o.kind}]`))
        .join('');
    await cell('start', 'import time\nfrom pyspark.streaming import StreamingContext\nssc = StreamingContext(sc, 0.2)\nssc.queueStream([["x"], ["y"], ["z"]]).pprint()\nssc.start()');
    // The driver is idle: its timer runs the due ticks.
    const idleUntil = performance.now() + 500;
    while (performance.now() < idleUntil) {
      session.runBackground();
      await new Promise((r) => setTimeout(r, 10));
    }
    await cell('other', 'print("other cell")\ntime.sleep(0.5)');
    await cell('stop', 'ssc.stop(stopSparkContext=False)');
    const started = text("start");
    for (const w of ['x', 'y', 'z']) expect(started).toMatch(new RegExp(`-{43}\\nTime: [^\\n]+\\n-{43}\\n${w}\\n\\n`));
    expect(text('other')).toBe('other cell\n');
    expect(text('stop')).toBe('');
  });
});
