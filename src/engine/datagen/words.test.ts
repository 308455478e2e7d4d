import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateWords } from './words';

describe('generateWords', () => {
  it('gives exactly the requested bytes, ASCII lines of at most 72 characters, ending in a newline', () => {
    for (const n of [1, 2, 100, 4096, 100_000]) {
      const b = generateWords(n);
      expect(b.length).toBe(n);
      expect(b[n - 1]).toBe(10);
      expect(b.every((x) => x === 10 || (x >= 32 && x < 127))).toBe(true);
      const lines = new TextDecoder().decode(b).split('\n');
      expect(lines.every((l) => l.length <= 72)).toBe(true);
    }
    expect(generateWords(0)).toHaveLength(0);
  });

  it('reads like sentences, with Zipf-like word frequencies', () => {
    const text = new TextDecoder().decode(generateWords(200_000));
    expect(text).toMatch(/^[A-Z][a-z]+ /);
    const words = text.toLowerCase().split(/[\s.,]+/).filter((w) => w !== '');
    const freq = new Map<string, number>();
    for (const w of words) freq.set(w, (freq.get(w) ?? 0) + 1);
    const sorted = [...freq.values()].sort((a, b) => b - a);
    expect(sorted[0] / sorted[9]).toBeGreaterThan(3);
    expect(freq.size).toBeGreaterThan(400);
    expect(text.split('.').length).toBeGreaterThan(words.length / 20);
  });

  it('is deterministic and a prefix of longer outputs up to the final byte', () => {
    const a = generateWords(50_000);
    expect(createHash('sha256').update(a).digest('hex')).toBe('4f42156796fb3fb6e149e9a2ac1f85de2cfff2fbf211401fdaf0aa78ab0b801c');
    const b = generateWords(60_000);
    expect(Buffer.from(a.subarray(0, 49_999)).equals(Buffer.from(b.subarray(0, 49_999)))).toBe(true);
    expect(Buffer.from(generateWords(50_000, 7)).equals(Buffer.from(a))).toBe(false);
  });
});
