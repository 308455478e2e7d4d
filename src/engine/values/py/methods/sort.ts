import { lessThan } from '../compare';
import { call } from '../call';
import { truthy } from '../compare';

/** Stable sort by Python's <, optionally by key and reversed (equal items keep their order). */
export function sortArray(a: unknown[], key: unknown, reverse: unknown): void {
  const rev = reverse !== undefined && truthy(reverse);
  const keyed = key !== undefined && key !== null;
  const keys = keyed ? a.map((x) => call(key, [x])) : a;
  const order = a.map((_, i) => i);
  order.sort(rev
    ? (i, j) => (lessThan(keys[j], keys[i]) ? -1 : lessThan(keys[i], keys[j]) ? 1 : 0)
    : (i, j) => (lessThan(keys[i], keys[j]) ? -1 : lessThan(keys[j], keys[i]) ? 1 : 0));
  const copy = a.slice();
  for (let i = 0; i < order.length; i++) a[i] = copy[order[i]!];
}
