import { describe, expect, it } from 'vitest';
import { SIGNATURES, wrapperSource } from './functions-signatures';

describe('pyspark.sql.functions signatures', () => {
  it('passes columns, literals and optional arguments the way PySpark declares them', () => {
    expect(wrapperSource('lag(col, offset!=1, default!=None)')).toBe(
      'def lag(col, offset=1, default=None):\n    return _call("lag", [_c(col), _lit_arg(offset), _lit_arg(default)])\n',
    );
    expect(wrapperSource('pow:power(col1, col2)')).toContain('def pow(col1, col2):\n    return _call("power"');
    expect(wrapperSource('rand(seed!?=None)')).toContain('[(_OMIT if seed is None else _lit_arg(seed))]');
    expect(wrapperSource('concat_ws(sep!, *cols)')).toContain('[_lit_arg(sep)] + [_c(x) for x in _flat(cols)]');
  });

  it('parses every declared signature and declares each Python name once', () => {
    const names = SIGNATURES.map((s) => {
      expect(() => wrapperSource(s)).not.toThrow();
      return /^\w+/.exec(s)![0];
    });
    expect(new Set(names).size).toBe(names.length);
  });
});
