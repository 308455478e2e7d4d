/** Bound methods, property, staticmethod and classmethod. */
import { T, setClassType } from './core';
import type { PyType } from './core';

export class PyMethod {
  constructor(
    readonly self: unknown,
    readonly fn: unknown,
  ) {}
}
setClassType(PyMethod, T.method);

export class PyProperty {
  constructor(
    readonly fget: unknown,
    readonly fset: unknown = null,
    readonly fdel: unknown = null,
    readonly doc: unknown = null,
  ) {}
}
setClassType(PyProperty, T.property);

export class PyStaticMethod {
  constructor(readonly fn: unknown) {}
}
setClassType(PyStaticMethod, T.staticmethod);

export class PyClassMethod {
  constructor(readonly fn: unknown) {}
}
setClassType(PyClassMethod, T.classmethod);

/** A read-only attribute of a builtin type computed from the instance (e.g. exc.args). */
export class NativeGetter {
  constructor(
    readonly get: (self: unknown) => unknown,
    readonly set: ((self: unknown, v: unknown) => void) | null = null,
  ) {}
}
setClassType(NativeGetter, T.property);

/** super(cls, obj): attribute lookup starting after cls in obj's MRO. */
export class PySuper {
  constructor(
    readonly thisClass: PyType,
    readonly obj: unknown,
  ) {}
}
setClassType(PySuper, T.super);
