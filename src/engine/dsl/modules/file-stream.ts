import type { ByteStream } from './file-bytes';
import { IOStream } from './io-base';

/** A file object over a VFS byte stream: open/closed state and access come from the stream itself. */
export abstract class ByteStreamFile extends IOStream {
  constructor(
    readonly raw: ByteStream,
    readonly mode: string,
  ) {
    super();
  }
  isClosed(): boolean {
    return this.raw.closed;
  }
  doClose(): void {
    this.raw.close();
  }
  doFlush(): void {
    this.raw.flush();
  }
  canRead(): boolean {
    return this.raw.readable;
  }
  canWrite(): boolean {
    return this.raw.writable;
  }
}
