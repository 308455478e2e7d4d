import { describe, expect, it } from 'vitest';
import { parseCell } from './cell-kind';

describe('parseCell: code on the magic line', () => {
  it('keeps text written after the magic on its line', () => {
    expect(parseCell('%sql SELECT 1 + 1 AS two')).toEqual({ kind: 'sql', magic: '%sql', body: 'SELECT 1 + 1 AS two', lineOffset: 0 });
    expect(parseCell('%md # Title\nmore')).toEqual({ kind: 'md', magic: '%md', body: '# Title\nmore', lineOffset: 0 });
    expect(parseCell('%sql\nSELECT 1')).toEqual({ kind: 'sql', magic: '%sql', body: 'SELECT 1', lineOffset: 1 });
  });
});
