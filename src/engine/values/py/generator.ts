/** Generators: a compiled JS generator behind Python's next/send/throw/close. */
import { T, setClassType } from './core';
import { PyIterator, STOP } from './iter';
import { PyBaseException, E, pyErr } from './exceptions';
import { def } from './methods/define';
import { construct } from './call';
import { PyType } from './core';

export class PyGenerator extends PyIterator {
  returnValue: unknown = undefined;
  running = false;
  done = false;
  constructor(
    readonly g: Generator<unknown, unknown, unknown>,
    readonly name: string,
    readonly qualname: string,
  ) {
    super();
  }

  private step(f: () => IteratorResult<unknown, unknown>): unknown {
    if (this.done) return STOP;
    if (this.running) throw pyErr('ValueError', 'generator already executing');
    this.running = true;
    this.started = true;
    let r: IteratorResult<unknown, unknown>;
    try {
      r = f();
    } catch (e) {
      this.done = true;
      if (e instanceof PyBaseException && e.$cls === E.StopIteration) {
        const err = pyErr('RuntimeError', 'generator raised StopIteration');
        err.cause = e;
        throw err;
      }
      throw e;
    } finally {
      this.running = false;
    }
    if (r.done) {
      this.done = true;
      this.returnValue = r.value;
      return STOP;
    }
    return r.value;
  }

  nx(): unknown {
    return this.step(() => this.g.next(null));
  }

  started = false;

  send(v: unknown): unknown {
    if (!this.started && v !== null && !this.done) throw pyErr('TypeError', "can't send non-None value to a just-started generator");
    return this.step(() => this.g.next(v));
  }

  throwIn(e: unknown): unknown {
    return this.step(() => this.g.throw(e));
  }

  /** CPython's close(): GeneratorExit is raised at the paused yield, so except/finally clauses run. */
  close(): void {
    if (this.done) return;
    if (!this.started) {
      this.done = true;
      this.g.return(null);
      return;
    }
    let r: unknown;
    try {
      r = this.throwIn(pyErr('GeneratorExit'));
    } catch (e) {
      if (e instanceof PyBaseException && (e.$cls === E.GeneratorExit || e.$cls === E.StopIteration)) return;
      throw e;
    }
    if (r !== STOP) {
      this.done = true;
      this.g.return(null);
      throw pyErr('RuntimeError', 'generator ignored GeneratorExit');
    }
  }

  pyRepr(): string {
    return `<generator object ${this.qualname} at 0x${(0x7f0000000000).toString(16)}>`;
  }
}
setClassType(PyGenerator, T.generator);

function stopped(g: PyGenerator, v: unknown): unknown {
  if (v !== STOP) return v;
  throw g.returnValue === null || g.returnValue === undefined ? pyErr('StopIteration') : pyErr('StopIteration', g.returnValue);
}

def(T.generator, '__next__', (g: PyGenerator) => stopped(g, g.nx()));
def(T.generator, '__iter__', (g: PyGenerator) => g);
def(T.generator, 'send', (g: PyGenerator, v: unknown) => stopped(g, g.send(v)));
def(T.generator, 'throw', (g: PyGenerator, t: unknown, v?: unknown) => {
  const e = t instanceof PyType ? (v instanceof PyBaseException ? v : construct(t, v === undefined || v === null ? [] : [v])) : t;
  return stopped(g, g.throwIn(e));
});
def(T.generator, 'close', (g: PyGenerator) => {
  g.close();
  return null;
});
def(T.iterator, '__next__', (it: PyIterator) => {
  const v = it.nx();
  if (v === STOP) throw pyErr('StopIteration');
  return v;
});
def(T.iterator, '__iter__', (it: PyIterator) => it);
/** Closes a generator a for-loop created and abandoned early (CPython frees it at once, running its finally blocks). */
export function closeIfAbandoned(it: unknown, wasFresh: boolean): void {
  if (wasFresh && it instanceof PyGenerator && !it.done && !it.running) it.close();
}

export function isFreshGenerator(it: unknown): boolean {
  return it instanceof PyGenerator && !it.started;
}

for (const t of [T.enumerate, T.zip, T.map, T.filter, T.reversed]) {
  t.dict.set('__next__', T.iterator.dict.get('__next__'));
  t.dict.set('__iter__', T.iterator.dict.get('__iter__'));
}
