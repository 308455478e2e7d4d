import { T, setClassType } from './core';

/** range(start, stop, step) over safe integers. */
export class PyRange {
  readonly length: number;
  constructor(
    readonly start: number,
    readonly stop: number,
    readonly step: number,
  ) {
    const n = step > 0 ? Math.ceil((stop - start) / step) : Math.ceil((start - stop) / -step);
    this.length = n > 0 ? n : 0;
  }

  at(i: number): number {
    return this.start + i * this.step;
  }

  /** Ranges are equal when they produce the same sequence. */
  pyEq(o: unknown): boolean | undefined {
    if (!(o instanceof PyRange)) return undefined;
    if (this.length !== o.length) return false;
    if (this.length === 0) return true;
    if (this.start !== o.start) return false;
    return this.length === 1 || this.step === o.step;
  }
}
setClassType(PyRange, T.range);
