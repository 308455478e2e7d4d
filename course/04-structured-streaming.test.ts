/**
 * Runs course notebook 04 (Exercise 2, Structured Streaming) headless as a learner's Run all would
 * (`flint run --master local[2]`) and checks it against the published outputs (COURSE-NOTEBOOKS.md §4)
 * and against the events data itself: the static totals, the static timeline's first rows, every
 * streaming snapshot being the counts of a whole prefix of the files (prefix integrity), and the
 * exact totals after four files (Close 3,498 / Open 4,502) from both the stream and a static read.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateEvents } from '../src/engine/datagen/events';

const root = join(__dirname, '..');
const execFileP = promisify(execFile);

interface Output { kind: string; text?: string; rows?: string[][] }
interface Cell { source: string; outputs: Output[] }

const events = generateEvents().map((b) => new TextDecoder().decode(b).split('\n').map((l) => JSON.parse(l) as { time: number; action: 'Open' | 'Close' }));
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');
function windowEnd(t: number): string {
  const d = new Date((Math.floor(t / 3600) + 1) * 3600 * 1000);
  return `${MONTHS[d.getUTCMonth()]}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** The `counts` timeline after the first `n` files, as the notebook's %sql orders it. */
function timeline(n: number): string[][] {
  const m = new Map<string, number>();
  for (const ev of events.slice(0, n).flat()) {
    const k = `${ev.action}|${windowEnd(ev.time)}`;
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return [...m].map(([k, c]) => [...k.split('|'), String(c)])
    .sort((a, b) => (a[1]! < b[1]! ? -1 : a[1]! > b[1]! ? 1 : a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));
}

/** Runs notebook text as a learner's Run all would; fails on anything written to stderr. */
async function runNotebook(source: string): Promise<Cell[]> {
  const dir = mkdtempSync(join(tmpdir(), 'flint-course-ss-'));
  const file = join(dir, 'notebook.py');
  const out = join(dir, 'out.json');
  writeFileSync(file, source);
  const { stderr } = await execFileP(process.execPath, [join(root, 'bin', 'flint.mjs'), 'run', file, '--master', 'local[2]', '--out', out], { encoding: 'utf8', timeout: 240_000, maxBuffer: 256 * 1024 * 1024 });
  expect(stderr).toBe('');
  expect(existsSync(out)).toBe(true);
  return (JSON.parse(readFileSync(out, 'utf8')) as { cells: Cell[] }).cells;
}

/** Replaces a skeleton (must occur once) with an answer. */
function answer(text: string, skeleton: string, code: string): string {
  const at = text.indexOf(skeleton);
  if (at < 0 || text.indexOf(skeleton, at + 1) >= 0) throw new Error(`skeleton not unique: ${skeleton}`);
  return text.slice(0, at) + code + text.slice(at + skeleton.length);
}

function checkLines(cells: Cell[]): string[] {
  return cells.flatMap((c) => c.outputs).flatMap((o) => (o.text ?? '').split('\n')).filter((l) => /^[✓✗]/.test(l));
}

describe('course notebook 04: Structured Streaming (Exercise 2)', () => {
  it('runs headless; static and streaming counts agree with the data and the published outputs', async () => {
    const cells = await runNotebook(readFileSync(join(__dirname, '04-structured-streaming.py'), 'utf8'));
    const text = (snippet: string) => cells.filter((c) => c.source.includes(snippet)).map((c) => c.outputs.map((o) => o.text ?? '').join('')).join('');
    const tables = (snippet: string) => cells.filter((c) => c.source.includes(snippet)).flatMap((c) => c.outputs.filter((o) => o.kind === 'table').map((o) => o.rows!));

    expect(text('streamingCountsDF.isStreaming')).toBe('True');
    // Cmd 13: 50,000 of each action.
    expect(tables('from static_counts group by action')[0]!.map((r) => r.join(' ')).sort()).toEqual(['Close 50000', 'Open 50000']);
    // Cmd 15, the published first rows.
    expect(tables('count from static_counts order by time')[0]!.slice(0, 8)).toEqual([
      ['Close', 'Jul-26 03:00', '11'], ['Open', 'Jul-26 03:00', '179'], ['Close', 'Jul-26 04:00', '344'], ['Open', 'Jul-26 04:00', '1001'],
      ['Close', 'Jul-26 05:00', '815'], ['Open', 'Jul-26 05:00', '999'], ['Close', 'Jul-26 06:00', '1003'], ['Open', 'Jul-26 06:00', '1000'],
    ]);
    expect(tables('count from static_counts order by time')[0]).toEqual(timeline(50));

    // Each snapshot of the running query is the timeline of some whole number of files (prefix integrity).
    const snapshots = tables('count from counts order by time');
    expect(snapshots).toHaveLength(3);
    let files = 0;
    for (const snap of snapshots) {
      const total = snap.reduce((n, r) => n + Number(r[2]), 0);
      expect(total % 2000).toBe(0);
      const k = total / 2000;
      expect(k).toBeGreaterThanOrEqual(Math.max(1, files));
      expect(snap).toEqual(timeline(k));
      files = k;
    }
    const totals = tables('sum(count) as total_count from counts')[0]!;
    const k = totals.reduce((n, r) => n + Number(r[1]), 0) / 2000;
    const expected = timeline(k).reduce((m, r) => m.set(r[0]!, (m.get(r[0]!) ?? 0) + Number(r[2])), new Map<string, number>());
    expect(totals).toEqual([['Close', String(expected.get('Close'))], ['Open', String(expected.get('Open'))]]);
    expect(text('query.stop()')).toBe('False');

    // Cmd 30's published totals after 4 files, from the stream and from a static read.
    expect(text('firstFour = (')).toBe("streaming: [('Close', 3498), ('Open', 4502)]\nstatic:    [('Close', 3498), ('Open', 4502)]\nagree: True\n");
    // The "Your turn" check cells, unanswered.
    expect(checkLines(cells)).toEqual(['✗ Not answered yet: set my_processed_rows.', '✗ Not answered yet: set my_close_0400.']);
  }, 300_000);

  it('the check cells accept a worked solution and reject a wrong one', async () => {
    let source = readFileSync(join(__dirname, '04-structured-streaming.py'), 'utf8');
    source = answer(source, 'my_processed_rows = None\n', 'import builtins\nmy_processed_rows = builtins.sum(p["numInputRows"] for p in query.recentProgress)\n');
    source = answer(source, 'my_close_0400 = None\n', [
      'closes = (spark.readStream.schema(jsonSchema).json(inputPath)',
      '  .filter(col("action") == "Close").groupBy(window("time", "1 hour")).count()',
      '  .writeStream.format("memory").queryName("my_closes").outputMode("complete")',
      '  .trigger(availableNow=True).start())',
      'closes.awaitTermination()',
      'my_close_0400 = spark.sql("select count from my_closes where date_format(window.end, \'MMM-dd HH:mm\') = \'Jul-26 04:00\'").first()[0]',
      '',
    ].join('\n'));
    const cells = await runNotebook(source);
    // Close events in [03:00, 04:00) UTC on 2016-07-26, counted from the generated files here.
    const closes = events.flat().filter((e) => e.action === 'Close' && e.time >= 1469502000 && e.time < 1469505600).length;
    const processed = Number(checkLines(cells)[0]!.match(/(\d+) rows/)![1]);
    expect(processed % 2000).toBe(0);
    expect(checkLines(cells)).toEqual([`✓ Right: ${processed} rows, ${processed / 2000} files of 2,000 events.`, `✓ Right: ${closes} Close events between 03:00 and 04:00.`]);

    const wrong = answer(answer(source, 'my_close_0400 = spark.sql(', 'my_close_0400 = 1 + spark.sql('), 'my_processed_rows = builtins.sum(', 'my_processed_rows = 1 + builtins.sum(');
    expect(checkLines(await runNotebook(wrong)).map((l) => l.slice(0, 10))).toEqual(['✗ Not yet:', '✗ Not yet:']);
  }, 600_000);
});
