/**
 * Argument-count checks for builtin str/list/dict/int methods, with the TypeError CPython gives
 * for each (its messages differ by how the method parses arguments), so 'a'.count() or
 * (1).bit_length(2) fail as they do there instead of running with missing or ignored arguments.
 */
import { Kw, T } from '../core';
import type { PyType } from '../core';
import { pyErr } from '../exceptions';
import type { Native } from './define';

/** none: METH_NOARGS; one: METH_O; 'exp': "name expected ..."; 'old': "name() takes ...". */
type Spec = readonly ['none'] | readonly ['one'] | readonly ['exp' | 'old', number, number];

const NONE = ['none'] as const;
const ONE = ['one'] as const;
const exp = (min: number, max: number): Spec => ['exp', min, max];
const old = (min: number, max: number): Spec => ['old', min, max];

const noArgs = (names: string): Record<string, Spec> => Object.fromEntries(names.split(' ').map((n) => [n, NONE]));
const oneArg = (names: string): Record<string, Spec> => Object.fromEntries(names.split(' ').map((n) => [n, ONE]));

const TABLE: [PyType, Record<string, Spec>][] = [
  [T.str, {
    ...noArgs('capitalize casefold isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper lower swapcase title upper'),
    ...oneArg('format_map join partition removeprefix removesuffix rpartition translate zfill'),
    center: exp(1, 2), ljust: exp(1, 2), rjust: exp(1, 2), lstrip: exp(0, 1), rstrip: exp(0, 1), strip: exp(0, 1), replace: exp(2, 3),
    count: old(1, 3), endswith: old(1, 3), startswith: old(1, 3), find: old(1, 3), rfind: old(1, 3), index: old(1, 3), rindex: old(1, 3),
    expandtabs: old(0, 1), splitlines: old(0, 1), split: old(0, 2), rsplit: old(0, 2), encode: old(0, 2),
  }],
  [T.list, {
    ...noArgs('clear copy reverse'),
    ...oneArg('append count extend remove'),
    index: exp(1, 3), pop: exp(0, 1), insert: exp(2, 2),
  }],
  [T.dict, {
    ...noArgs('clear copy items keys popitem values'),
    get: exp(1, 2), pop: exp(1, 2), setdefault: exp(1, 2), update: exp(0, 1),
  }],
  [T.int, noArgs('as_integer_ratio bit_count bit_length conjugate')],
];

function plural(n: number): string {
  return `argument${n === 1 ? '' : 's'}`;
}

function check(t: PyType, name: string, spec: Spec, argv: ArrayLike<unknown>): void {
  let n = argv.length - 1;
  const kw = n > 0 && argv[n] instanceof Kw;
  if (kw) n--;
  switch (spec[0]) {
    case 'none':
    case 'one': {
      if (kw && (argv[n + 1] as Kw).names.length) throw pyErr('TypeError', `${t.name}.${name}() takes no keyword arguments`);
      const want = spec[0] === 'none' ? 0 : 1;
      if (n !== want) throw pyErr('TypeError', `${t.name}.${name}() takes ${want ? 'exactly one argument' : 'no arguments'} (${n} given)`);
      return;
    }
    case 'exp': {
      const [, min, max] = spec;
      if (n >= min && n <= max) return;
      if (min === max) throw pyErr('TypeError', `${name} expected ${min} ${plural(min)}, got ${n}`);
      throw pyErr('TypeError', n < min ? `${name} expected at least ${min} ${plural(min)}, got ${n}` : `${name} expected at most ${max} ${plural(max)}, got ${n}`);
    }
    case 'old': {
      const [, min, max] = spec;
      if (kw || (n >= min && n <= max)) return;
      throw pyErr('TypeError', n < min ? `${name}() takes at least ${min} ${plural(min)} (${n} given)` : `${name}() takes at most ${max} ${plural(max)} (${n} given)`);
    }
  }
}

/** The checked method: fixed parameters and an arguments.length test keep the common call as cheap as the bare one. */
function wrap(t: PyType, name: string, spec: Spec, fn: Native): Native {
  const fail = (argv: ArrayLike<unknown>): unknown => {
    check(t, name, spec, argv);
    return Reflect.apply(fn, undefined, argv) as unknown;
  };
  switch (spec[0]) {
    case 'none':
      return function (self: unknown) {
        // eslint-disable-next-line prefer-rest-params -- only on the rare wrong-count path
        return arguments.length === 1 ? fn(self) : fail(arguments);
      };
    case 'one':
      return function (self: unknown, x: unknown) {
        // eslint-disable-next-line prefer-rest-params
        return arguments.length === 2 ? fn(self, x) : fail(arguments);
      };
    case 'exp':
    case 'old': {
      const [, min, max] = spec;
      return function (self: unknown, a: unknown, b: unknown, c: unknown) {
        const n = arguments.length - 1;
        // eslint-disable-next-line prefer-rest-params
        if (n < min || n > max || n > 3) return fail(arguments);
        return n === 0 ? fn(self) : n === 1 ? fn(self, a) : n === 2 ? fn(self, a, b) : fn(self, a, b, c);
      };
    }
  }
}

for (const [t, specs] of TABLE) {
  for (const [name, spec] of Object.entries(specs)) {
    const fn = t.dict.get(name) as Native | undefined;
    if (typeof fn !== 'function') continue;
    t.dict.set(name, Object.assign(wrap(t, name, spec, fn), fn));
  }
}
