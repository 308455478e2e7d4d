/** Notebook files the e2e specs import, built in code so each spec says what it holds. */

export interface FixtureCell {
  readonly source: string;
  readonly outputs?: readonly unknown[];
}

/** A Flint JSON (v2) file; cells may carry outputs. */
export function flintJson(title: string, cells: readonly FixtureCell[]): string {
  return JSON.stringify({
    formatVersion: 2,
    id: 'nfixture',
    title,
    metadata: {},
    cells: cells.map((c, i) => ({ id: `c${i}`, source: c.source, metadata: {}, ...(c.outputs ? { outputs: c.outputs, executionCount: i + 1 } : {}) })),
  });
}

/** A minimal Jupyter notebook with code cells. */
export function ipynb(sources: readonly string[]): string {
  return JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' }, language_info: { name: 'python' } },
    cells: sources.map((s, i) => ({ id: `cell${i}`, cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source: s })),
  });
}
