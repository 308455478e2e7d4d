import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryVfs } from '../../io';
import { createInterpreter, runModule, setParser, setPythonVfs } from '../index';

setParser(null);

function run(code: string): string {
  let out = '';
  const r = runModule(code, 'prog.py', { stdout: { write: (s) => (out += s) } });
  if (r.error) out += r.error.traceback.join('\n');
  return out;
}

afterEach(() => setPythonVfs(null));

describe('open() on the injected VFS', () => {
  it('writes where the host reads, and reads what the host wrote', () => {
    const vfs = createMemoryVfs();
    vfs.writeFile('/tmp/in.txt', 'from host\n', { createParents: true });
    setPythonVfs(vfs);
    expect(run('print(open("/tmp/in.txt").read().strip())\nwith open("/tmp/out.txt", "w") as f:\n    f.write("from python")\n')).toBe('from host\n');
    expect(vfs.readText('/tmp/out.txt')).toBe('from python');
  });

  it('stores an unclosed file\'s first writes at once (open(p, "w").write(s) is visible mid-cell)', () => {
    const vfs = createMemoryVfs();
    setPythonVfs(vfs);
    const seen: string[] = [];
    const probe = Object.assign(() => (seen.push(vfs.readText('/tmp/u.txt')), null), { $name: 'probe' });
    const interp = createInterpreter({ stdout: { write: () => undefined }, globals: { probe } });
    const r = interp.runCell('f = open("/tmp/u.txt", "w")\nf.write("abc")\nprobe()\nf.write("def")\nprobe()\n');
    expect(r.error).toBeNull();
    expect(seen).toEqual(['abc', 'abcdef']);
  });

  it('batches many small writes and flushes them when the run ends', () => {
    const vfs = createMemoryVfs();
    setPythonVfs(vfs);
    run('f = open("/tmp/many.txt", "w")\nfor i in range(1000):\n    f.write("%d\\n" % i)\n');
    const lines = vfs.readText('/tmp/many.txt').split('\n');
    expect(lines.length).toBe(1001);
    expect(lines[999]).toBe('999');
  });

  it('relative paths follow os.chdir; errors carry the path as written', () => {
    setPythonVfs(createMemoryVfs());
    expect(run('import os\nos.makedirs("/tmp/w/sub")\nos.chdir("/tmp/w")\nopen("a.txt", "w").close()\nprint(os.listdir("."))\ntry:\n    open("nope.txt")\nexcept FileNotFoundError as e:\n    print(e)\n')).toBe(
      "['a.txt', 'sub']\n[Errno 2] No such file or directory: 'nope.txt'\n",
    );
  });
});
