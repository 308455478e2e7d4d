/**
 * Shows a JavaScript value the way a `%ts` cell displays it: compact, Node-REPL-like
 * (`[1, 4, 9]`, `{ a: 1 }`, `'text'`), cycle-safe and depth-limited.
 */
const MAX_DEPTH = 4;
const MAX_ITEMS = 100;

function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

function hasCustomToString(v: object): boolean {
  const own = (v as { toString?: unknown }).toString;
  return typeof own === 'function' && own !== Object.prototype.toString && own !== Array.prototype.toString;
}

function items(list: Iterable<unknown>, render: (v: unknown) => string): string[] {
  const out: string[] = [];
  let n = 0;
  for (const v of list) {
    if (n++ === MAX_ITEMS) {
      out.push('...');
      break;
    }
    out.push(render(v));
  }
  return out;
}

export function inspect(value: unknown, depth = 0, seen: Set<object> = new Set()): string {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value}n`;
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'undefined';
    case 'symbol':
      return value.toString();
    case 'function':
      return `[Function: ${value.name || '(anonymous)'}]`;
    case 'object':
      break;
  }
  if (value === null) return 'null';
  const obj = value as object;
  if (seen.has(obj)) return '[Circular]';
  if (depth > MAX_DEPTH) return Array.isArray(obj) ? '[Array]' : '[Object]';
  seen.add(obj);
  try {
    const inner = (v: unknown) => inspect(v, depth + 1, seen);
    if (Array.isArray(obj)) return `[${items(obj, inner).join(', ')}]`;
    if (obj instanceof Map) return `Map(${obj.size}) {${obj.size ? ` ${items([...obj].map(([k, v]) => `${inner(k)} => ${inner(v)}`), String).join(', ')} ` : ''}}`;
    if (obj instanceof Set) return `Set(${obj.size}) {${obj.size ? ` ${items(obj, inner).join(', ')} ` : ''}}`;
    if (obj instanceof Date) return obj.toISOString();
    if (obj instanceof Error) return `${obj.name}: ${obj.message}`;
    if (ArrayBuffer.isView(obj)) return `${obj.constructor.name}(${(obj as unknown as ArrayLike<unknown>).length}) [${items(Array.from(obj as unknown as ArrayLike<unknown>), inner).join(', ')}]`;
    if (hasCustomToString(obj)) return String(obj);
    const keys = Object.keys(obj);
    if (keys.length === 0) return '{}';
    const body = keys.map((k) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : quote(k)}: ${inner((obj as Record<string, unknown>)[k])}`);
    return `{ ${body.join(', ')} }`;
  } finally {
    seen.delete(obj);
  }
}

/** console.log's formatting: strings as they are, other values inspected, joined by spaces. */
export function formatLogArgs(args: readonly unknown[]): string {
  return args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ');
}
