/** Stable per-process identities for id() and the default object hash. */
const ids = new WeakMap<object, number>();
let nextId = 0x7f0000001000;

export function identity(x: object): number {
  let id = ids.get(x);
  if (id === undefined) {
    id = nextId;
    nextId += 16;
    ids.set(x, id);
  }
  return id;
}
