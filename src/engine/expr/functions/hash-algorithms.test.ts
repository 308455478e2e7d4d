import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crc32, md5Hex, sha1Hex, sha256Hex, sha512Hex } from './hash-algorithms';
import { TextEncoderLite } from './math';
import { lookupScalar } from '../index';
import { literal } from '../bound';
import { arrayType, IntegerType, StringType } from '../../types';

interface OracleRow { input: string; md5: string; sha1: string; sha224: string; sha256: string; sha384: string; sha512: string; crc32: number }
const oracle = JSON.parse(readFileSync(new URL('./hash-oracle.json', import.meta.url), 'utf8')) as OracleRow[];
const enc = new TextEncoderLite();

describe('digests match CPython hashlib/zlib (hash-oracle.py)', () => {
  for (const row of oracle) {
    it(`${JSON.stringify(row.input.slice(0, 20))} (${row.input.length} chars)`, () => {
      const b = enc.encode(row.input);
      expect(md5Hex(b)).toBe(row.md5);
      expect(sha1Hex(b)).toBe(row.sha1);
      expect(sha256Hex(b, true)).toBe(row.sha224);
      expect(sha256Hex(b)).toBe(row.sha256);
      expect(sha512Hex(b, true)).toBe(row.sha384);
      expect(sha512Hex(b)).toBe(row.sha512);
      expect(crc32(b)).toBe(row.crc32);
    });
  }
});

describe('Spark row hashes', () => {
  // The values Spark's documentation gives for hash('Spark', array(123), 2) and xxhash64 of the same row.
  const args = [literal('Spark', StringType), literal([123], arrayType(IntegerType)), literal(2, IntegerType)];
  const site = (name: string) => ({ name, argSql: ['Spark', 'array(123)', '2'], sql: `${name}(...)` });
  const evalFn = (name: string) => {
    const e = lookupScalar(name)!(args, site(name));
    if (e.kind !== 'lenient') throw new Error('expected a lenient expression');
    return e.fn(args.map((a) => (a.kind === 'literal' ? a.value : null)));
  };
  it('hash is Murmur3 x86_32 seeded with 42', () => expect(evalFn('hash')).toBe(-1321691492));
  it('xxhash64 is XXH64 seeded with 42', () => expect(evalFn('xxhash64')).toBe(5602566077635097486n));
});
