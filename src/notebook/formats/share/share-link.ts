/**
 * Share links carry a whole notebook in the URL fragment (`#nb=...`), so sharing needs no
 * server and the notebook never reaches one (browsers do not send fragments). The payload
 * is the current Flint JSON without outputs, deflate-raw compressed and base64url encoded.
 * Opening a link validates and migrates it like any file, so old links keep working.
 */
import type { NotebookDoc } from '../../model/notebook';
import { newNotebookId } from '../../model/ids';
import { NotebookFormatError, ShareLinkTooLargeError } from '../errors';
import { readFlintObject } from '../flint-json/flint-json';
import { toFlintFile } from '../flint-json/flint-json';
import type { ImportedNotebook } from '../types';
import { fromBase64Url, toBase64Url } from './base64url';

const KEY = 'nb';

/**
 * The longest fragment we produce: 64 KiB. Browsers accept far longer URLs (Chrome about
 * 2 MB), but chat apps, mail clients and link shorteners truncate well before that.
 */
export const MAX_SHARE_FRAGMENT_CHARS = 64 * 1024;

/** A link that inflates past this is refused rather than allowed to exhaust memory. */
export const MAX_SHARED_NOTEBOOK_BYTES = 8 * 1024 * 1024;

/** The fragment, `#nb=...`, for a notebook's cells (outputs are never shared). */
export async function encodeShareFragment(doc: NotebookDoc): Promise<string> {
  const json = JSON.stringify(toFlintFile(doc, { withOutputs: false }));
  const compressed = await transform(new TextEncoder().encode(json), new CompressionStream('deflate-raw'), Infinity);
  const fragment = `#${KEY}=${toBase64Url(compressed!)}`;
  if (fragment.length > MAX_SHARE_FRAGMENT_CHARS) throw new ShareLinkTooLargeError(fragment.length, MAX_SHARE_FRAGMENT_CHARS);
  return fragment;
}

/** A full link: `base` (the page's URL; any fragment it has is replaced) plus the notebook. */
export async function shareUrl(doc: NotebookDoc, base: string): Promise<string> {
  const hash = base.indexOf('#');
  return `${hash < 0 ? base : base.slice(0, hash)}${await encodeShareFragment(doc)}`;
}

/** The encoded notebook in a URL, a fragment or `nb=...` text, or null if there is none. */
export function shareLinkPayload(urlOrFragment: string): string | null {
  const hash = urlOrFragment.indexOf('#');
  const fragment = hash < 0 ? urlOrFragment : urlOrFragment.slice(hash + 1);
  for (const part of fragment.split('&')) {
    if (part.startsWith(`${KEY}=`)) return part.slice(KEY.length + 1);
  }
  return null;
}

/**
 * Opens a shared notebook. It gets a fresh notebook id, so opening your own link (or the
 * same link twice) makes a copy instead of overwriting a saved notebook.
 */
export async function decodeShareLink(urlOrFragment: string): Promise<ImportedNotebook> {
  const payload = shareLinkPayload(urlOrFragment);
  if (payload === null) throw new NotebookFormatError('bad-link', 'This link does not contain a notebook (no "#nb=" part).');
  const bytes = fromBase64Url(payload);
  if (bytes === null || bytes.length === 0) throw damaged();
  let inflated: Uint8Array | null;
  try {
    inflated = await transform(bytes, new DecompressionStream('deflate-raw'), MAX_SHARED_NOTEBOOK_BYTES);
  } catch {
    throw damaged();
  }
  if (inflated === null) {
    throw new NotebookFormatError('too-large', `This link's notebook is larger than ${MAX_SHARED_NOTEBOOK_BYTES / (1024 * 1024)} MB and was not opened.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
  } catch {
    throw damaged();
  }
  const imported = readFlintObject(raw);
  return { ...imported, doc: { ...imported.doc, id: newNotebookId() } };
}

function damaged(): NotebookFormatError {
  return new NotebookFormatError('bad-link', 'This notebook link is damaged or incomplete. Ask for the whole link again.');
}

/** Runs bytes through a (de)compression stream; null when the output exceeds `limit`. */
async function transform(input: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array | null> {
  const writer = stream.writable.getWriter();
  // Not awaited: the writer only settles once the reader below drains the stream.
  const written = writer.write(input as Uint8Array<ArrayBuffer>).then(() => writer.close());
  written.catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  while (true) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  await written;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}
