/**
 * Fetching bundled files from a worker. VFS reads are synchronous (user code reads files
 * synchronously), and a worker may issue a synchronous XMLHttpRequest with
 * `responseType = 'arraybuffer'` (a window may not). The engine compiles without DOM
 * typings, so the few members used are declared here and looked up on `globalThis`.
 */

/** Returns the bytes at `url`, or `null` on 404. */
export type SyncFetcher = (url: string) => Uint8Array | null;
export type AsyncFetcher = (url: string) => Promise<Uint8Array | null>;

interface XhrLike {
  open(method: string, url: string, async: boolean): void;
  responseType: string;
  send(): void;
  readonly status: number;
  readonly response: unknown;
}

interface FetchResponseLike {
  readonly ok: boolean;
  readonly status: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

interface HostGlobals {
  XMLHttpRequest?: new () => XhrLike;
  fetch?: (url: string) => Promise<FetchResponseLike>;
}

function host(): HostGlobals {
  return globalThis as unknown as HostGlobals;
}

export function hasSyncXhr(): boolean {
  return typeof host().XMLHttpRequest === 'function';
}

/** A fetcher over synchronous XHR; only usable inside a Web Worker. */
export function xhrSyncFetcher(): SyncFetcher {
  const Xhr = host().XMLHttpRequest;
  if (!Xhr) throw new Error('synchronous XMLHttpRequest is not available here (it exists in Web Workers)');
  return (url) => {
    const xhr = new Xhr();
    xhr.open('GET', url, false);
    xhr.responseType = 'arraybuffer';
    xhr.send();
    if (xhr.status === 404) return null;
    if (xhr.status !== 200 && xhr.status !== 0) throw new Error(`GET ${url} failed with HTTP ${xhr.status}`);
    return new Uint8Array(xhr.response as ArrayBuffer);
  };
}

/** A fetcher over `fetch`, for prefetching before user code runs. */
export function fetchAsyncFetcher(): AsyncFetcher {
  const f = host().fetch;
  if (!f) throw new Error('fetch is not available here');
  return async (url) => {
    const res = await f(url);
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`GET ${url} failed with HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  };
}
