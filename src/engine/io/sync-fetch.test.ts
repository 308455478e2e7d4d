import { afterEach, describe, expect, it } from 'vitest';
import { fetchAsyncFetcher, hasSyncXhr, xhrSyncFetcher } from './sync-fetch';

const g = globalThis as unknown as Record<string, unknown>;
const saved = { XMLHttpRequest: g.XMLHttpRequest, fetch: g.fetch };
afterEach(() => {
  g.XMLHttpRequest = saved.XMLHttpRequest;
  g.fetch = saved.fetch;
});

/** Stands in for a worker's XMLHttpRequest: records how it is driven. */
class FakeXhr {
  static calls: string[] = [];
  static files = new Map<string, Uint8Array>();
  responseType = '';
  status = 0;
  response: unknown = null;
  private url = '';
  open(method: string, url: string, async: boolean): void {
    FakeXhr.calls.push(`${method} ${url} async=${async}`);
    this.url = url;
  }
  send(): void {
    FakeXhr.calls.push(`send responseType=${this.responseType}`);
    const f = FakeXhr.files.get(this.url);
    this.status = f ? 200 : 404;
    this.response = f ? f.buffer : null;
  }
}

describe('xhrSyncFetcher', () => {
  it('issues a synchronous arraybuffer GET and maps 404 to null', () => {
    g.XMLHttpRequest = FakeXhr;
    FakeXhr.files.set('/datasets/a.txt', new Uint8Array([104, 105]));
    expect(hasSyncXhr()).toBe(true);
    const fetchSync = xhrSyncFetcher();
    expect(fetchSync('/datasets/a.txt')).toEqual(new Uint8Array([104, 105]));
    expect(fetchSync('/datasets/missing')).toBeNull();
    expect(FakeXhr.calls.slice(0, 2)).toEqual(['GET /datasets/a.txt async=false', 'send responseType=arraybuffer']);
  });

  it('says where it works when there is no XMLHttpRequest', () => {
    g.XMLHttpRequest = undefined;
    expect(hasSyncXhr()).toBe(false);
    expect(() => xhrSyncFetcher()).toThrow('it exists in Web Workers');
  });
});

describe('fetchAsyncFetcher', () => {
  it('returns bytes, null on 404, and fails on other statuses', async () => {
    g.fetch = async (url: string) => ({
      ok: url === '/ok',
      status: url === '/ok' ? 200 : url === '/gone' ? 404 : 500,
      arrayBuffer: async () => new Uint8Array([1, 2, 3]).buffer,
    });
    const f = fetchAsyncFetcher();
    expect(await f('/ok')).toEqual(new Uint8Array([1, 2, 3]));
    expect(await f('/gone')).toBeNull();
    await expect(f('/boom')).rejects.toThrow('GET /boom failed with HTTP 500');
  });
});
