/**
 * The heapq module. The sift loops follow the classic bottom-up variant CPython uses (walk
 * the smaller child down to a leaf, then sift the new item back up), so a heap list holds
 * exactly the same order as in CPython and prints identically.
 */
import { JsIter, Kw, call, ge, iter, lessThan, pyErr, STOP, toArray, typeOf } from '../../values/py';
import { arity, parseArgs } from '../../values/py/methods/define';
import { moduleFrom, registerModule } from './registry';

function heapList(fname: string, h: unknown): unknown[] {
  if (!Array.isArray(h)) throw pyErr('TypeError', `${fname}() argument 1 must be list, not ${typeOf(h).name}`);
  return h;
}

function siftDown(heap: unknown[], start: number, pos: number): void {
  const item = heap[pos];
  while (pos > start) {
    const parentPos = (pos - 1) >> 1;
    const parent = heap[parentPos];
    if (!lessThan(item, parent)) break;
    heap[pos] = parent;
    pos = parentPos;
  }
  heap[pos] = item;
}

function siftUp(heap: unknown[], pos: number): void {
  const end = heap.length;
  const start = pos;
  const item = heap[pos];
  let child = 2 * pos + 1;
  while (child < end) {
    const right = child + 1;
    if (right < end && !lessThan(heap[child], heap[right])) child = right;
    heap[pos] = heap[child];
    pos = child;
    child = 2 * pos + 1;
  }
  heap[pos] = item;
  siftDown(heap, start, pos);
}

function heappush(...a: unknown[]): null {
  arity('heappush', a, 2, 2);
  const heap = heapList('heappush', a[0]);
  heap.push(a[1]);
  siftDown(heap, 0, heap.length - 1);
  return null;
}

function heappop(...a: unknown[]): unknown {
  arity('heappop', a, 1, 1);
  const heap = heapList('heappop', a[0]);
  if (!heap.length) throw pyErr('IndexError', 'index out of range');
  const last = heap.pop();
  if (!heap.length) return last;
  const top = heap[0];
  heap[0] = last;
  siftUp(heap, 0);
  return top;
}

function heapreplace(...a: unknown[]): unknown {
  arity('heapreplace', a, 2, 2);
  const heap = heapList('heapreplace', a[0]);
  if (!heap.length) throw pyErr('IndexError', 'index out of range');
  const top = heap[0];
  heap[0] = a[1];
  siftUp(heap, 0);
  return top;
}

function heappushpop(...a: unknown[]): unknown {
  arity('heappushpop', a, 2, 2);
  const heap = heapList('heappushpop', a[0]);
  let item = a[1];
  if (heap.length && lessThan(heap[0], item)) {
    [item, heap[0]] = [heap[0], item];
    siftUp(heap, 0);
  }
  return item;
}

function heapify(...a: unknown[]): null {
  arity('heapify', a, 1, 1);
  const heap = heapList('heapify', a[0]);
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftUp(heap, i);
  return null;
}

/** Stable selection: CPython documents nsmallest/nlargest as equal to sorted(...)[:n], ties in input order. */
function select(fname: string, largest: boolean, a: unknown[]): unknown[] {
  const [nArg, iterable, key] = parseArgs(fname, a, ['n', 'iterable', 'key'], 2);
  const items = toArray(iterable);
  ge(nArg, items.length); // CPython compares n with the size first: a non-number n fails there.
  const n = Number(nArg);
  if (n <= 0) return [];
  const keyed = key === undefined || key === null ? items : items.map((x) => call(key, [x]));
  const order = items.map((_, i) => i);
  order.sort((i, j) => {
    const [x, y] = largest ? [keyed[j], keyed[i]] : [keyed[i], keyed[j]];
    return lessThan(x, y) ? -1 : lessThan(y, x) ? 1 : i - j;
  });
  return order.slice(0, n).map((i) => items[i]);
}

function* mergeGen(its: ReturnType<typeof iter>[], key: unknown, reverse: boolean): Generator<unknown> {
  const heads = its.map((it) => it.nx());
  const keys = heads.map((h) => (h === STOP || key === null ? h : call(key, [h])));
  for (;;) {
    let best = -1;
    for (let i = 0; i < heads.length; i++) {
      if (heads[i] === STOP) continue;
      if (best < 0 || (reverse ? lessThan(keys[best], keys[i]) : lessThan(keys[i], keys[best]))) best = i;
    }
    if (best < 0) return;
    yield heads[best];
    heads[best] = its[best]!.nx();
    keys[best] = heads[best] === STOP || key === null ? heads[best] : call(key, [heads[best]]);
  }
}

function merge(...a: unknown[]): JsIter {
  const kw = a[a.length - 1] instanceof Kw ? (a.pop() as Kw) : null;
  let key: unknown = null;
  let reverse = false;
  kw?.names.forEach((n, i) => {
    if (n === 'key') key = kw.values[i];
    else if (n === 'reverse') reverse = Boolean(kw.values[i]);
    else throw pyErr('TypeError', `merge() got an unexpected keyword argument '${n}'`);
  });
  return new JsIter(mergeGen(a.map(iter), key, reverse));
}

registerModule('heapq', () =>
  moduleFrom('heapq', {
    heappush,
    heappop,
    heapreplace,
    heappushpop,
    heapify,
    nlargest: (...a: unknown[]) => select('nlargest', true, a),
    nsmallest: (...a: unknown[]) => select('nsmallest', false, a),
    merge,
    __all__: ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest', 'heappushpop'],
  }),
);
