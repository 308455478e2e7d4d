/**
 * Full traceback text: for every programs/tb_*.py, Flint's stderr must equal what CPython 3.11
 * printed (tracebacks.json, recorded by regen_tracebacks.py): every frame, source line, caret
 * line (`~~^~~`) and chained-exception header, not only the last line the differential suite checks.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runModule, setParser } from '../index';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.join(here, 'programs');
const recorded = JSON.parse(readFileSync(path.join(here, 'tracebacks.json'), 'utf8')) as Record<string, { hash: string; stderr: string }>;
const names = readdirSync(dir).filter((n) => n.startsWith('tb_') && n.endsWith('.py')).sort();

function sourceHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

setParser(null);

describe('PyFlint tracebacks match CPython 3.11 in full', () => {
  it('has traceback programs', () => {
    expect(names.length).toBeGreaterThanOrEqual(20);
  });
  for (const name of names) {
    it(name, () => {
      const source = readFileSync(path.join(dir, name), 'utf8');
      const exp = recorded[name];
      expect(exp, `${name} has no recorded traceback: run python3 src/engine/dsl/tests/regen_tracebacks.py`).toBeDefined();
      expect(exp!.hash, `${name} changed since its traceback was recorded: rerun regen_tracebacks.py`).toBe(sourceHash(source));
      let err = '';
      const r = runModule(source, name, { stdout: { write: () => undefined }, stderr: { write: (s) => (err += s) } });
      if (r.error) err += `${r.error.traceback.join('\n')}\n`;
      expect(err).toBe(exp!.stderr);
    });
  }
});
