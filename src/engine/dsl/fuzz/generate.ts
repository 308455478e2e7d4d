/**
 * Random Python programs from a small grammar: expressions of every kind (operators, calls,
 * comprehensions, lambdas, f-strings, walrus, slices), statements (assignments with unpacking,
 * if/for/while, try/except/finally, with, del, assert, global/nonlocal), functions with every
 * parameter kind, generators, and classes with dunder methods, properties and super().
 * Programs are usually valid Python that runs a short while and may raise.
 */
import type { Rng } from './rng';

const VARS = ['a', 'b', 'c', 'x', 'y', 's', 'lst', 'd', 't', 'n'];
const BINOPS = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@'];
const CMPS = ['<', '<=', '>', '>=', '==', '!=', 'is', 'is not', 'in', 'not in'];
const BUILTINS1 = ['len', 'str', 'repr', 'int', 'float', 'abs', 'sorted', 'list', 'tuple', 'set', 'frozenset', 'dict', 'sum', 'min', 'max', 'bool', 'round', 'hash', 'chr', 'ord', 'hex', 'bin', 'oct', 'iter', 'next', 'reversed', 'enumerate', 'type', 'callable', 'any', 'all', 'ascii', 'id', 'bytes', 'range', 'zip', 'vars', 'dir'];
const METHODS = ['append', 'pop', 'get', 'items', 'keys', 'values', 'upper', 'split', 'join', 'strip', 'replace', 'find', 'count', 'index', 'sort', 'copy', 'update', 'add', 'extend', 'insert', 'format', 'startswith', 'setdefault', 'remove', 'clear', 'reverse', 'encode', 'bit_length', 'is_integer', 'lower', 'zfill', 'center'];
const EXCS = ['Exception', 'ValueError', 'TypeError', 'KeyError', 'IndexError', 'ZeroDivisionError', 'AttributeError', 'StopIteration', 'RuntimeError', 'NameError', 'ArithmeticError', 'LookupError', 'OverflowError', 'AssertionError'];
const SPECS = ['', ':>8', ':<5', ':^7', ':.2f', ':05d', ':,', ':+', ':x', ':e', ':.3g', '!r', '!s', '=', ':#b', ':%'];
const MODULES = ['math', 'itertools', 'functools', 'collections', 'operator', 'random', 'json', 'sys'];

export class ProgramGenerator {
  private out: string[] = [];
  private fns: string[] = [];
  private classes: string[] = [];
  private inFunction = false;
  private inLoop = false;
  private uid = 0;
  constructor(private readonly rng: Rng) {}

  program(): string {
    this.out = [];
    this.fns = [];
    this.classes = [];
    this.line(0, 'a, b, c, x, y = 3, -2, 7, 1.5, 0');
    this.line(0, "s, lst, d, t, n = 'spark', [4, 1, 3], {'k': 1, 2: 'v'}, (1, 'two', 3.0), None");
    const n = 2 + this.rng.int(6);
    for (let i = 0; i < n; i++) {
      // Most top-level statements are guarded, so one error does not end the program.
      if (this.rng.chance(0.6)) {
        this.line(0, 'try:');
        this.stmt(1, 1);
        this.line(0, 'except Exception as e:');
        this.line(1, 'print(type(e).__name__)');
      } else this.stmt(0, 0);
    }
    return `${this.out.join('\n')}\n`;
  }

  private line(indent: number, text: string): void {
    this.out.push(`${'    '.repeat(indent)}${text}`);
  }

  private fresh(prefix: string): string {
    return `${prefix}${this.uid++}`;
  }

  private name(): string {
    return this.rng.pick(VARS);
  }

  private literal(): string {
    const r = this.rng;
    switch (r.int(12)) {
      case 0:
        return String(r.int(20) - 5);
      case 1:
        return r.pick(['2**64', '10**30', '-(2**53)', '0xff', '0b1010', '1_000_000', '9007199254740993']);
      case 2:
        return r.pick(['0.5', '-2.25', '1e16', '1e-7', '3.0', "float('inf')", "float('nan')", '-0.0']);
      case 3:
        return r.pick(["'abc'", "''", "'a,b,,c'", "'Hello World'", '"x y z"', "'\\u00e9\\u4e2d'", "'12'", "'3.5'"]);
      case 4:
        return r.pick(['True', 'False', 'None', '...']);
      case 5:
        return r.pick(["b'ab'", "b''", "r'\\n'", "'\\t'"]);
      default:
        return String(r.int(10));
    }
  }

  expr(depth: number): string {
    const r = this.rng;
    if (depth > 3 || r.chance(0.25)) return r.chance(0.5) ? this.name() : this.literal();
    const e = () => this.expr(depth + 1);
    switch (r.int(24)) {
      case 0:
      case 1:
        return `(${e()} ${r.pick(BINOPS)} ${e()})`;
      case 2:
        return `(${r.pick(['-', '+', '~', 'not '])}${e()})`;
      case 3: {
        const parts = [e()];
        for (let k = r.int(3); k >= 0; k--) parts.push(r.pick(CMPS), e());
        return `(${parts.join(' ')})`;
      }
      case 4:
        return `(${e()} ${r.pick(['and', 'or'])} ${e()})`;
      case 5:
        return `(${e()} if ${e()} else ${e()})`;
      case 6:
      case 7:
        return `${r.pick(BUILTINS1)}(${r.chance(0.8) ? e() : ''})`;
      case 8:
        return `(${e()}).${r.pick(METHODS)}(${r.chance(0.5) ? e() : ''})`;
      case 9:
        return `(${e()})[${e()}]`;
      case 10:
        return `(${e()})[${r.chance(0.5) ? e() : ''}:${r.chance(0.5) ? e() : ''}${r.chance(0.3) ? `:${e()}` : ''}]`;
      case 11:
        return `[${this.list(depth)}]`;
      case 12: {
        const items = this.list(depth);
        return items ? `(${items}${r.chance(0.5) ? ',' : ''})` : '()';
      }
      case 13:
        return `{${Array.from({ length: r.int(3) }, () => `${e()}: ${e()}`).join(', ')}}`;
      case 14:
        return `{${e()}, ${e()}}`;
      case 15: {
        const v = this.fresh('v');
        const kind = r.int(4);
        const gen = `for ${v} in ${this.iterable(depth)}${r.chance(0.4) ? ` if ${v}` : ''}`;
        if (kind === 0) return `[${v} ${r.pick(BINOPS)} ${e()} ${gen}]`;
        if (kind === 1) return `{${v}: ${e()} ${gen}}`;
        if (kind === 2) return `{${v} ${gen}}`;
        return `${r.pick(['sum', 'list', 'max', 'any', 'sorted', 'tuple'])}(${v} ${gen})`;
      }
      case 16:
        return `(lambda p, q=${this.literal()}, *r: ${e()})(${this.list(depth)})`;
      case 17:
        return `f'{${this.plain()}}${r.chance(0.5) ? ` and {${this.plain()}${r.pick(SPECS)}}` : ''}'`;
      case 18:
        return `(${this.name()} := ${e()})`;
      case 19:
        if (this.fns.length) return `${r.pick(this.fns)}(${this.list(depth)})`;
        return `${this.name()}(${e()})`;
      case 20:
        if (this.classes.length) return `${r.pick(this.classes)}(${this.list(depth)})`;
        return `object()`;
      case 21:
        return `(${e()}).${r.pick(['x', 'real', 'imag', '__class__', '__name__', 'value', 'items', 'args', 'numerator'])}`;
      case 22:
        return `'${r.pick(['%s', '%d', '%5.2f', '%r %s', '%x', '%(k)s'])}' % (${e()})`;
      default:
        return `${r.pick(['math.sqrt', 'math.floor', 'functools.reduce', 'itertools.chain', 'operator.add', 'collections.Counter', 'json.dumps', 'random.choice', 'itertools.islice'])}(${this.list(depth)})`;
    }
  }

  /** An f-string replacement field's expression: no quotes, which 3.11 forbids there. */
  private plain(): string {
    const r = this.rng;
    const atom = () => (r.chance(0.6) ? this.name() : String(r.int(100) - 20));
    return r.chance(0.5) ? atom() : `${atom()} ${r.pick(BINOPS)} ${atom()}`;
  }

  private list(depth: number): string {
    return Array.from({ length: this.rng.int(4) }, () => (this.rng.chance(0.1) ? `*${this.expr(depth + 1)}` : this.expr(depth + 1))).join(', ');
  }

  private iterable(depth: number): string {
    const r = this.rng;
    if (r.chance(0.5)) return `range(${r.int(8)})`;
    return r.pick(['lst', 's', 'd', 't', "'xyz'", '[1, 2, 3]', `${this.expr(depth + 1)}`, 'd.items()', 'enumerate(lst)', 'zip(lst, s)']);
  }

  private target(): string {
    const r = this.rng;
    switch (r.int(6)) {
      case 0:
        return `${this.name()}, ${this.name()}`;
      case 1:
        return `${this.name()}, *${this.name()}`;
      case 2:
        return `${this.name()}[${this.expr(2)}]`;
      case 3:
        return `${this.name()}.attr`;
      default:
        return this.name();
    }
  }

  private body(indent: number, depth: number): void {
    const n = 1 + this.rng.int(3);
    for (let i = 0; i < n; i++) this.stmt(indent, depth + 1);
  }

  stmt(indent: number, depth: number): void {
    const r = this.rng;
    const L = (t: string, k = 0) => this.line(indent + k, t);
    const simple = depth > 2 || r.chance(0.5);
    if (simple) {
      switch (r.int(9)) {
        case 0:
        case 1:
          return L(`${this.target()} = ${this.expr(0)}`);
        case 2:
          return L(`${this.name()} ${r.pick(BINOPS)}= ${this.expr(1)}`);
        case 3:
          return L(`del ${r.chance(0.5) ? this.name() : `${this.name()}[${this.expr(2)}]`}`);
        case 4:
          return L(`assert ${this.expr(1)}, ${this.expr(2)}`);
        case 5:
          if (this.inLoop) return L(r.pick(['break', 'continue']));
          if (this.inFunction) return L(r.pick(['return', `return ${this.expr(1)}`, `yield ${this.expr(1)}`]));
          return L(`raise ${r.pick(EXCS)}(${this.expr(2)})`);
        case 6:
          return L(`import ${r.pick(MODULES)}`);
        default:
          return L(`print(${[this.list(0), r.chance(0.2) ? "sep='-'" : ''].filter(Boolean).join(', ')})`);
      }
    }
    switch (r.int(9)) {
      case 0:
        L(`if ${this.expr(1)}:`);
        this.body(indent + 1, depth);
        if (r.chance(0.3)) {
          L(`elif ${this.expr(1)}:`);
          this.body(indent + 1, depth);
        }
        if (r.chance(0.5)) {
          L('else:');
          this.body(indent + 1, depth);
        }
        return;
      case 1: {
        L(`for ${this.target()} in ${this.iterable(0)}:`);
        const was = this.inLoop;
        this.inLoop = true;
        this.body(indent + 1, depth);
        this.inLoop = was;
        if (r.chance(0.3)) {
          L('else:');
          this.body(indent + 1, depth);
        }
        return;
      }
      case 2: {
        const i = this.fresh('i');
        L(`${i} = 0`);
        L(`while ${r.chance(0.2) ? 'True' : `${i} < ${r.int(6)}`}:`);
        L(`${i} += 1`, 1);
        L(`if ${i} > 20: break`, 1);
        const was = this.inLoop;
        this.inLoop = true;
        this.body(indent + 1, depth);
        this.inLoop = was;
        return;
      }
      case 3:
        L('try:');
        this.body(indent + 1, depth);
        L(`except ${r.chance(0.5) ? `(${r.pick(EXCS)}, ${r.pick(EXCS)})` : r.pick(EXCS)} as e:`);
        L(`print(type(e).__name__${r.chance(0.5) ? ', e' : ''})`, 1);
        if (r.chance(0.3)) L(r.chance(0.5) ? 'raise' : `raise ValueError('again') from e`, 1);
        if (r.chance(0.3)) {
          L('else:');
          this.body(indent + 1, depth);
        }
        if (r.chance(0.4)) {
          L('finally:');
          this.body(indent + 1, depth);
        }
        return;
      case 4:
        return this.funcDef(indent, depth);
      case 5:
        return this.classDef(indent, depth);
      case 6:
        L(`with ${r.pick(this.classes.length ? this.classes : ['open'])}(${this.expr(2)}) as cm:`);
        this.body(indent + 1, depth);
        return;
      case 7: {
        L('try:');
        this.body(indent + 1, depth);
        L('except BaseException as e:');
        L('print(repr(e))', 1);
        return;
      }
      default:
        L(`${this.name()} = ${this.expr(0)}`);
        return;
    }
  }

  private funcDef(indent: number, depth: number): void {
    const r = this.rng;
    const f = this.fresh('f');
    const params = r.pick(['', 'p', 'p, q=2', 'p, *rest', 'p, *, k=1', 'p, /, q', '*args, **kw', 'p=[]', 'p, q, r=None, **kw']);
    if (r.chance(0.2)) this.line(indent, r.pick(['@staticmethod', '@functools.lru_cache', '@property', `@${this.fns.length ? r.pick(this.fns) : 'print'}`]));
    this.line(indent, `def ${f}(${params}):`);
    const was = [this.inFunction, this.inLoop];
    this.inFunction = true;
    this.inLoop = false;
    if (r.chance(0.3)) this.line(indent + 1, `${r.pick(['global', 'nonlocal'])} ${this.name()}`);
    this.body(indent + 1, depth);
    if (r.chance(0.3)) this.line(indent + 1, `yield from ${this.iterable(1)}`);
    if (r.chance(0.3)) this.line(indent + 1, `return ${f}(${this.list(2)})`);
    this.line(indent + 1, `return ${this.expr(1)}`);
    [this.inFunction, this.inLoop] = was;
    this.fns.push(f);
  }

  private classDef(indent: number, depth: number): void {
    const r = this.rng;
    const C = this.fresh('C');
    const base = this.classes.length && r.chance(0.5) ? r.pick(this.classes) : r.pick(['', 'Exception', 'object', 'list', 'dict', 'int']);
    this.line(indent, `class ${C}${base ? `(${base})` : ''}:`);
    const k = indent + 1;
    this.line(k, `x = ${this.literal()}`);
    this.line(k, 'def __init__(self, v=0, *more):');
    this.line(k + 1, r.chance(0.4) ? 'super().__init__()' : 'self.v = v');
    this.line(k + 1, 'self.value = v');
    const dunders = ['__repr__', '__str__', '__eq__', '__hash__', '__lt__', '__add__', '__radd__', '__len__', '__iter__', '__next__', '__getitem__', '__contains__', '__call__', '__enter__', '__exit__', '__bool__', '__getattr__', '__setattr__', '__del__', '__index__', '__int__'];
    const n = 1 + r.int(4);
    for (let i = 0; i < n; i++) {
      const m = r.pick(dunders);
      this.line(k, `def ${m}(self, *args):`);
      const was = [this.inFunction, this.inLoop];
      this.inFunction = true;
      this.inLoop = false;
      if (r.chance(0.5)) this.stmt(k + 1, depth + 2);
      this.line(k + 1, `return ${r.pick(['self.value', 'self', 'args', `${this.expr(2)}`, `super().${m}(*args)`, 'len(args)', 'iter([1, 2])', "'C'", 'NotImplemented'])}`);
      [this.inFunction, this.inLoop] = was;
    }
    if (r.chance(0.3)) {
      this.line(k, '@property');
      this.line(k, 'def attr(self):');
      this.line(k + 1, `return ${this.expr(2)}`);
    }
    if (r.chance(0.2)) {
      this.line(k, '@classmethod');
      this.line(k, 'def make(cls, *a):');
      this.line(k + 1, 'return cls(*a)');
    }
    this.classes.push(C);
  }
}
