import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './base64url';

/** The platform's base64 (btoa) is the oracle, rewritten to the URL alphabet. */
function oracle(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

describe('base64url', () => {
  it('matches btoa for every length up to 64 and round-trips', () => {
    for (let n = 0; n <= 64; n++) {
      const bytes = new Uint8Array(n);
      crypto.getRandomValues(bytes);
      const text = toBase64Url(bytes);
      expect(text).toBe(oracle(bytes));
      expect(fromBase64Url(text)).toEqual(bytes);
    }
  });

  it('rejects characters outside the alphabet and impossible lengths', () => {
    expect(fromBase64Url('ab+c')).toBeNull();
    expect(fromBase64Url('abc=')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
    expect(fromBase64Url('é')).toBeNull();
  });
});
