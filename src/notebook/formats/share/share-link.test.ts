import { describe, expect, it } from 'vitest';
import v1Course from '../fixtures/flint-v1-course.json?raw';
import { newCell, newNotebook, NOTEBOOK_FORMAT_VERSION } from '../../model/notebook';
import { NotebookFormatError, ShareLinkTooLargeError } from '../errors';
import { toBase64Url } from './base64url';
import { MAX_SHARE_FRAGMENT_CHARS, decodeShareLink, encodeShareFragment, shareLinkPayload, shareUrl } from './share-link';

async function deflate(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

async function refusal(link: string): Promise<NotebookFormatError> {
  try {
    await decodeShareLink(link);
  } catch (e) {
    if (e instanceof NotebookFormatError) return e;
    throw e;
  }
  throw new Error('expected the link to be refused');
}

const doc = newNotebook('Shared: ünïcödé 🚀', [
  newCell('rdd = sc.parallelize([1, 2, 3])\nprint(rdd.sum())', { title: 'Sum' }),
  { ...newCell('%sql\nSELECT 1'), collapsed: true },
  newCell('%md\n# Notes'),
]);

describe('share links', () => {
  it('round-trip the cells through a #nb= fragment of URL-safe characters', async () => {
    const fragment = await encodeShareFragment(doc);
    expect(fragment).toMatch(/^#nb=[A-Za-z0-9_-]+$/);
    const back = await decodeShareLink(fragment);
    expect(back.doc.cells).toEqual(doc.cells);
    expect(back.doc.title).toBe(doc.title);
    expect(back.doc.formatVersion).toBe(NOTEBOOK_FORMAT_VERSION);
    expect(back.runtime.size).toBe(0);
  });

  it('give the opened notebook a new id, so it never overwrites a saved one', async () => {
    const back = await decodeShareLink(await encodeShareFragment(doc));
    expect(back.doc.id).not.toBe(doc.id);
  });

  it('build full URLs and find the notebook among other fragment parameters', async () => {
    const url = await shareUrl(doc, 'https://flint.example/app/?x=1#old=2');
    expect(url.startsWith('https://flint.example/app/?x=1#nb=')).toBe(true);
    const payload = shareLinkPayload(url)!;
    expect(shareLinkPayload(`https://a/#cell=3&nb=${payload}&z=1`)).toBe(payload);
    expect((await decodeShareLink(`https://a/#cell=3&nb=${payload}`)).doc.cells).toEqual(doc.cells);
    expect(shareLinkPayload('https://a/#other')).toBeNull();
  });

  it('refuse a notebook too large for a link, saying how large', async () => {
    const bytes = new Uint8Array(60_000);
    crypto.getRandomValues(bytes);
    const noise = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    const big = newNotebook('Big', [newCell(`x = "${noise}"`)]);
    const e = await encodeShareFragment(big).then(
      () => null,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(ShareLinkTooLargeError);
    const err = e as ShareLinkTooLargeError;
    expect(err.code).toBe('too-large');
    expect(err.limit).toBe(MAX_SHARE_FRAGMENT_CHARS);
    expect(err.fragmentLength).toBeGreaterThan(MAX_SHARE_FRAGMENT_CHARS);
    expect(err.message).toMatch(/too large to share as a link \(\d+ KB compressed; links are limited to 64 KB\)/);
  });

  it('say when a link is damaged, cut short or has no notebook', async () => {
    const fragment = await encodeShareFragment(doc);
    expect((await refusal(fragment.slice(0, fragment.length - 20))).code).toBe('bad-link');
    expect((await refusal('#nb=abc$def')).message).toContain('damaged or incomplete');
    expect((await refusal('#nb=')).code).toBe('bad-link');
    expect((await refusal('https://a/#x=1')).message).toContain('no "#nb=" part');
    expect((await refusal(`#nb=${await deflate('not json')}`)).code).toBe('bad-link');
  });

  it('refuse a link that inflates past the memory limit', async () => {
    const bomb = `{"formatVersion":2,"pad":"${' '.repeat(9 * 1024 * 1024)}"}`;
    const e = await refusal(`#nb=${await deflate(bomb)}`);
    expect(e.code).toBe('too-large');
    expect(e.message).toContain('larger than 8 MB');
  });

  it('migrate links made by older versions and refuse ones made by newer versions', async () => {
    const old = await decodeShareLink(`#nb=${await deflate(v1Course)}`);
    expect(old.doc.cells.find((c) => c.id === 'c2count')?.collapsed).toBe(true);
    const newer = JSON.stringify({ ...JSON.parse(v1Course), formatVersion: NOTEBOOK_FORMAT_VERSION + 1 });
    expect((await refusal(`#nb=${await deflate(newer)}`)).code).toBe('newer-version');
  });
});
