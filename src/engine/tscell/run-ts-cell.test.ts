import { describe, expect, it } from 'vitest';
import { runTsCell } from './run-ts-cell';

describe('%ts cells', () => {
  it('returns the last expression, with types stripped and top-level await', async () => {
    const scope: Record<string, unknown> = {};
    expect(await runTsCell('const x: number = 2;\nconst y = await Promise.resolve(3);\nx * y', '<cell 1>', scope)).toBe(6);
  });

  it('keeps top-level declarations for later cells', async () => {
    const scope: Record<string, unknown> = {};
    await runTsCell('let a = 1, {b, c: [d]} = {b: 2, c: [3]};\nfunction sq(n: number) { return n * n }\nclass P { v = 5 }', '<cell 1>', scope);
    expect(await runTsCell('a + b + d + sq(3) + new P().v', '<cell 2>', scope)).toBe(20);
  });

  it('returns undefined when the last statement is not an expression', async () => {
    expect(await runTsCell('const z = 1;', '<cell 1>', {})).toBeUndefined();
  });

  it('reports unknown names as ReferenceError', async () => {
    await expect(runTsCell('missingName + 1', '<cell 1>', {})).rejects.toThrow(/missingName is not defined/);
  });

  it('reports syntax errors with the cell name and position', async () => {
    await expect(runTsCell('let x = ;', '<cell 4>', {})).rejects.toThrow(/SyntaxError|Unexpected/);
    await expect(runTsCell('let x = ;', '<cell 4>', {})).rejects.toThrow(/<cell 4>, line 1/);
    await expect(runTsCell("import x from 'y';\nx", '<cell 4>', {})).rejects.toThrow(/not available in %ts cells/);
  });

  it('sees globals such as Math and JSON', async () => {
    expect(await runTsCell('Math.max(1, 2) + JSON.parse("3")', '<cell 1>', {})).toBe(5);
  });
});
