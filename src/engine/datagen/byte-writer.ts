/** A growable byte buffer for generators: ASCII text and numbers without building strings. */
export class ByteWriter {
  private buf: Uint8Array;
  private n = 0;
  private readonly digits = new Uint8Array(24);

  constructor(capacity = 1 << 16) {
    this.buf = new Uint8Array(capacity);
  }

  get length(): number {
    return this.n;
  }

  private room(extra: number): void {
    if (this.n + extra <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.n + extra) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.n));
    this.buf = next;
  }

  byte(b: number): void {
    this.room(1);
    this.buf[this.n++] = b;
  }

  bytes(src: Uint8Array): void {
    this.room(src.length);
    this.buf.set(src, this.n);
    this.n += src.length;
  }

  /** ASCII only: each UTF-16 unit is written as one byte. */
  ascii(text: string): void {
    this.room(text.length);
    for (let i = 0; i < text.length; i++) this.buf[this.n++] = text.charCodeAt(i);
  }

  /** A safe integer in decimal; returns the number of characters written. */
  int(v: number): number {
    this.room(24);
    const start = this.n;
    if (v < 0) {
      this.buf[this.n++] = 45;
      v = -v;
    }
    let k = 0;
    do {
      this.digits[k++] = 48 + (v % 10);
      v = Math.floor(v / 10);
    } while (v > 0);
    while (k > 0) this.buf[this.n++] = this.digits[--k];
    return this.n - start;
  }

  /** `k` zero characters. */
  zeros(k: number): void {
    this.room(k);
    for (let i = 0; i < k; i++) this.buf[this.n++] = 48;
  }

  /** The bytes written so far (a copy trimmed to length). */
  take(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}
