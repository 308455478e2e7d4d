/**
 * Ends every switch over a discriminated union, so a new `kind` fails to compile. The
 * engine has its own; the main thread may import engine types only, so it keeps this copy.
 */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}
