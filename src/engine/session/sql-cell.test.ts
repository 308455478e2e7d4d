import { describe, expect, it } from 'vitest';
import { splitSqlStatements } from './split-sql';
import { showTable } from './show-table';

describe('splitSqlStatements', () => {
  it('splits at semicolons outside quotes and comments', () => {
    expect(splitSqlStatements("select 'a;b'; select 2 -- x;y\n; /* ; */ select `c;d`")).toEqual([
      "select 'a;b'",
      ' select 2 -- x;y\n',
      ' /* ; */ select `c;d`',
    ]);
    expect(splitSqlStatements('select 1;\n-- only a comment\n')).toEqual(['select 1']);
  });
});

describe('showTable', () => {
  it('lays out rows as Spark show() does', () => {
    expect(showTable(['id', 'name'], [['1', 'Alice'], ['22', 'a very long name that is cut']])).toBe(
      [
        '+---+--------------------+',
        '| id|                name|',
        '+---+--------------------+',
        '|  1|               Alice|',
        '| 22|a very long name ...|',
        '+---+--------------------+',
        '',
      ].join('\n'),
    );
    expect(showTable(['x'], [['1']], { totalRows: 30 })).toContain('only showing top 1 row');
  });
});
