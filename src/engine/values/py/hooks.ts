/**
 * Late-bound entry points that break import cycles inside the object model: low files (hashing,
 * containers) need to call methods and compare values, which live in files that import them.
 * The operator files install the real implementations when they load.
 */
export const callMethodHook = {
  call: (_self: unknown, _name: string, _args: unknown[]): unknown => {
    throw new Error('object model not initialised');
  },
};

export const eqHook = {
  eq: (a: unknown, b: unknown): boolean => a === b,
};
