/**
 * Socket-like text endpoints for `ssc.socketTextStream(host, port)` (and any socket source):
 * there is no network in Flint, so a test or a notebook plays `nc -lk <port>` by sending
 * lines to the endpoint `host:port`; a receiver connected to it takes what arrived since its
 * last batch. Lines sent while no receiver is connected wait, as `nc` holds its input until a
 * client connects.
 */
export class SocketEndpoint {
  private lines: string[] = [];
  private partial = '';
  /** Receivers currently connected (socketTextStream started and not stopped). */
  receivers = 0;
  /** Lines sent since the endpoint was created. */
  sent = 0;

  constructor(
    readonly host: string,
    readonly port: number,
  ) {}

  /**
   * Sends text: a string is split at newlines (a trailing piece without a newline waits for
   * the rest of its line, as a line reader does); an array sends each item as one line.
   */
  send(data: string | readonly string[]): void {
    if (typeof data === 'string') {
      const parts = (this.partial + data).split('\n');
      this.partial = parts.pop()!;
      for (const p of parts) this.push(p.endsWith('\r') ? p.slice(0, -1) : p);
    } else for (const l of data) this.push(String(l));
  }

  /** Closes the sender's side: a pending partial line is delivered. */
  flush(): void {
    if (this.partial !== '') this.push(this.partial);
    this.partial = '';
  }

  private push(line: string): void {
    this.lines.push(line);
    this.sent++;
  }

  /** Everything received since the last take (a receiver's blocks for one batch). */
  take(): string[] {
    const out = this.lines;
    this.lines = [];
    return out;
  }

  get pending(): number {
    return this.lines.length;
  }
}

const endpoints = new Map<string, SocketEndpoint>();

/** The endpoint `host:port` (created on first use; `localhost` and `127.0.0.1` are one host). */
export function socketEndpoint(host: string, port: number): SocketEndpoint {
  const h = host === '127.0.0.1' ? 'localhost' : host;
  const key = `${h}:${port}`;
  let e = endpoints.get(key);
  if (!e) {
    e = new SocketEndpoint(h, port);
    endpoints.set(key, e);
  }
  return e;
}

/** Forgets every endpoint (tests). */
export function resetSocketEndpoints(): void {
  endpoints.clear();
}
