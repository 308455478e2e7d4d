/** The test tables SQLQueryTestSuite creates before every golden file (TestData / SQLQueryTestHelper). */
import { MapValue } from '../../src/engine/types';
import type { SqlSession } from '../../src/engine/catalog';

export function registerBuiltinTables(session: SqlSession): void {
  session.registerView('testdata', 'key int, value string', Array.from({ length: 100 }, (_, i) => [i + 1, String(i + 1)]));
  session.registerView('arraydata', 'arraycol array<int>, nestedarraycol array<array<int>>', [
    [[1, 2, 3], [[1, 2, 3]]],
    [[2, 3, 4], [[2, 3, 4]]],
  ]);
  const maps: Array<Array<[number, string]>> = [
    [[1, 'a1'], [2, 'b1'], [3, 'c1'], [4, 'd1'], [5, 'e1']],
    [[1, 'a2'], [2, 'b2'], [3, 'c2'], [4, 'd2']],
    [[1, 'a3'], [2, 'b3'], [3, 'c3']],
    [[1, 'a4'], [2, 'b4']],
    [[1, 'a5']],
  ];
  session.registerView('mapdata', 'mapcol map<int,string>', maps.map((m) => [new MapValue(m.map(([k]) => k), m.map(([, v]) => v))]));
}
