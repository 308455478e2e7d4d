/** AES modes against node:crypto (the oracle), and the Spark doctest vector. */
import { createCipheriv, randomBytes } from 'node:crypto';
import type { CipherGCM } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AesKey, cbcDecrypt, cbcEncrypt, ecbDecrypt, ecbEncrypt, gcmDecrypt, gcmEncrypt } from './aes';

const enc = (s: string) => new TextEncoder().encode(s);

describe('AES', () => {
  for (const bits of [128, 192, 256]) {
    it(`matches node:crypto for ECB, CBC and GCM with ${bits}-bit keys`, () => {
      for (const len of [0, 5, 16, 33, 100]) {
        const keyBytes = randomBytes(bits / 8);
        const data = randomBytes(len);
        const key = new AesKey(new Uint8Array(keyBytes));
        const ecb = createCipheriv(`aes-${bits}-ecb`, keyBytes, null);
        expect(Buffer.from(ecbEncrypt(key, new Uint8Array(data)))).toEqual(Buffer.concat([ecb.update(data), ecb.final()]));
        const iv16 = randomBytes(16);
        const cbc = createCipheriv(`aes-${bits}-cbc`, keyBytes, iv16);
        const cbcOut = cbcEncrypt(key, new Uint8Array(data), new Uint8Array(iv16));
        expect(Buffer.from(cbcOut)).toEqual(Buffer.concat([iv16, cbc.update(data), cbc.final()]));
        const iv12 = randomBytes(12);
        const aad = randomBytes(len % 7);
        const gcm = createCipheriv(`aes-${bits}-gcm`, keyBytes, iv12) as CipherGCM;
        gcm.setAAD(aad);
        const body = Buffer.concat([gcm.update(data), gcm.final()]);
        const gcmOut = gcmEncrypt(key, new Uint8Array(data), new Uint8Array(iv12), new Uint8Array(aad));
        expect(Buffer.from(gcmOut)).toEqual(Buffer.concat([iv12, body, gcm.getAuthTag()]));
        expect(Buffer.from(ecbDecrypt(key, ecbEncrypt(key, new Uint8Array(data))))).toEqual(data);
        expect(Buffer.from(cbcDecrypt(key, cbcOut))).toEqual(data);
        expect(Buffer.from(gcmDecrypt(key, gcmOut, new Uint8Array(aad)))).toEqual(data);
      }
    });
  }

  it('rejects a wrong GCM tag', () => {
    const key = new AesKey(enc('abcdefghijklmnop'));
    const out = gcmEncrypt(key, enc('Spark'), new Uint8Array(12), new Uint8Array());
    out[out.length - 1]! ^= 1;
    expect(() => gcmDecrypt(key, out, new Uint8Array())).toThrow(/Tag mismatch/);
  });
});
