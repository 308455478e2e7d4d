import { describe, expect, it } from 'vitest';
import { groupParents } from './re-pattern';

describe('groupParents (Match.lastindex needs the nesting of capturing groups)', () => {
  it('numbers groups in order of their opening parenthesis, with the enclosing group', () => {
    expect(groupParents('((a)(b))|(c)', false)).toEqual([0, 0, 1, 1, 0]);
    expect(groupParents('(?P<x>(?:a(b))c)', false)).toEqual([0, 0, 1]);
  });

  it('ignores parentheses in escapes, classes, comments and (under re.X) # comments', () => {
    expect(groupParents('\\((a)[(]\\)(?#(x)', false)).toEqual([0, 0]);
    expect(groupParents('[]()](b)', false)).toEqual([0, 0]);
    expect(groupParents('(a) # (not a group)\n(b)', true)).toEqual([0, 0, 0]);
    expect(groupParents('(a) # (b)', false)).toEqual([0, 0, 0]);
  });
});
