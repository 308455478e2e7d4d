import { describe, expect, it } from 'vitest';
import { createInterpreter, runModule, serializePyFunction, compileShippedFunction, setInterruptFlag } from './index';
import { FunctionCache } from '../rdd/function-loader';
import { FlintError } from '../errors';
import { repr, tuple, PyDict } from '../values/py';

function run(src: string): { out: string; last: string | null } {
  let out = '';
  const r = runModule(src, 'prog.py', { stdout: { write: (s) => (out += s) } });
  return { out, last: r.error ? r.error.traceback[r.error.traceback.length - 1]! : null };
}

describe('notebook cells', () => {
  it('returns the last expression for display and keeps globals between cells', () => {
    let out = '';
    const py = createInterpreter({ stdout: { write: (s) => (out += s) }, globals: { seeded: 41 } });
    expect(py.runCell('x = seeded + 1\nprint("hi")\nx * 2').display).toBe('84');
    expect(py.runCell('x').display).toBe('42');
    expect(py.runCell('None').display).toBeNull();
    expect(py.runCell('y = 1').display).toBeNull();
    expect(out).toBe('hi\n');
  });

  it('reports uncaught exceptions as CPython tracebacks', () => {
    const py = createInterpreter({ stdout: { write: () => undefined } });
    const r = py.runCell('def f(n):\n    return 1 / n\nf(0)', '<cell 3>');
    expect(r.error).toEqual({
      ename: 'ZeroDivisionError',
      evalue: 'division by zero',
      traceback: [
        'Traceback (most recent call last):',
        '  File "<cell 3>", line 3, in <module>',
        '    f(0)',
        '  File "<cell 3>", line 2, in f',
        '    return 1 / n',
        '           ~~^~~',
        'ZeroDivisionError: division by zero',
      ],
    });
  });

  it('formats syntax errors without a Traceback header', () => {
    const py = createInterpreter({ stdout: { write: () => undefined } });
    const r = py.runCell('print "hi"', 'prog.py');
    expect(r.error?.ename).toBe('SyntaxError');
    expect(r.error?.traceback[r.error.traceback.length - 1]).toBe("SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?");
  });
});

describe('the course dialect', () => {
  it('unpacks Python 2 tuple parameters', () => {
    expect(run('f = lambda (k, v): k + v\nprint(f((1, 2)))\ng = lambda (a, (b, c)): a * b * c\nprint(g((2, (3, 4))))').out).toBe('3\n24\n');
    expect(run('def h((x, y), z):\n    return x - y + z\nprint(h((5, 2), 10))').out).toBe('13\n');
  });
});

describe('runtime limits', () => {
  it('turns deep recursion into RecursionError', () => {
    expect(run('def f(n):\n    return f(n + 1)\nf(0)').last).toBe('RecursionError: maximum recursion depth exceeded');
    expect(run('def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(990))').out).toBe('990\n');
  });

  it('raises KeyboardInterrupt when the host sets the interrupt flag', () => {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    setInterruptFlag(flag);
    try {
      Atomics.store(flag, 0, 1);
      expect(run('while True:\n    pass').last).toBe('KeyboardInterrupt');
      Atomics.store(flag, 0, 1);
      expect(run('print(sum(range(10 ** 12)))').last).toBe('KeyboardInterrupt');
      Atomics.store(flag, 0, 1);
      expect(run('x = list(range(10 ** 12))').last).toBe('KeyboardInterrupt');
      expect(Atomics.load(flag, 0)).toBe(0);
      expect(run('n = 0\nfor i in range(5000):\n    n += i\nprint(n)').out).toBe('12497500\n');
    } finally {
      setInterruptFlag(null);
    }
  });
});

describe('function shipping', () => {
  it('ships closures, referenced globals and modules, and rebuilds them on an executor', () => {
    const py = createInterpreter({ stdout: { write: () => undefined } });
    py.runCell('import math\nscale = 10\ndef helper(x):\n    return math.floor(x) * scale\ndef make(k):\n    return lambda v: (helper(v) + k, v)\nf = make(7)');
    const ref = serializePyFunction(py.globals.get('f'));
    expect(ref.lang).toBe('py');
    const cache = new FunctionCache();
    const shipped = cache.get(ref);
    expect(repr(shipped(2.5))).toBe('(27, 2.5)');
    expect(cache.get(ref)).toBe(shipped);
    expect(cache.compiledCount).toBe(1);
  });

  it('ships recursive functions and surfaces Python errors as FlintErrors', () => {
    const py = createInterpreter({ stdout: { write: () => undefined } });
    py.runCell('def fact(n):\n    return 1 if n <= 1 else n * fact(n - 1)\ndef bad(x):\n    return {}[x]');
    expect(compileShippedFunction(serializePyFunction(py.globals.get('fact')).source)(20)).toBe(2432902008176640000n);
    const bad = compileShippedFunction(serializePyFunction(py.globals.get('bad')).source);
    try {
      bad('k');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FlintError);
      expect((e as FlintError).ename).toBe('KeyError');
      expect((e as FlintError).message).toBe("'k'");
    }
  });

  it('refuses values that cannot ship, naming them', () => {
    const py = createInterpreter({ stdout: { write: () => undefined } });
    py.runCell('class Box:\n    pass\nb = Box()\nf = lambda x: (x, b)');
    expect(() => serializePyFunction(py.globals.get('f'))).toThrow();
    const d = new PyDict();
    d.set('a', tuple([1]));
    py.globals.set('d', d);
    py.runCell('g = lambda k: d[k]');
    expect(repr(compileShippedFunction(serializePyFunction(py.globals.get('g')).source)('a'))).toBe('(1,)');
  });
});
