import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createInterpreter } from './index';

// Each example is one interactive statement, as doctest feeds them to compile(..., 'single').
const examples = [
  'with open("/tmp/flint-interactive.txt", "w") as f:\n    f.write("abc")\n    len("xyz")\n    None',
  'for i in range(3):\n    i * 10',
  'if True:\n    [1, 2]\nelse:\n    3',
  'try:\n    1 / 0\nexcept ZeroDivisionError:\n    "caught"\nfinally:\n    "done"',
  'def f():\n    "not shown"\n    return 5',
  'f()',
  'x = 7',
  'x',
];

function flint(): string {
  let out = '';
  const py = createInterpreter({ stdout: { write: (s) => (out += s) } });
  for (const src of examples) {
    const r = py.runCell(src, '<doctest>', true);
    if (r.error) out += `${r.error.traceback.join('\n')}\n`;
    else if (r.display !== null) out += `${r.display}\n`;
  }
  return out;
}

describe("interactive ('single') mode", () => {
  it('shows every expression statement outside function bodies, as CPython does', () => {
    const out = flint();
    const oracle = spawnSync('python3', ['-c', `import json,sys\ng={}\nfor s in json.loads(sys.stdin.read()): exec(compile(s, '<doctest>', 'single'), g)`], {
      input: JSON.stringify(examples),
      encoding: 'utf8',
    });
    // The expectation below is what python3 prints; compare with it live where python3 exists.
    if (oracle.status === 0) expect(out).toBe(oracle.stdout);
    expect(out).toBe("3\n3\n0\n10\n20\n[1, 2]\n'caught'\n'done'\n5\n7\n");
  });
});
