/**
 * Differential: every statement of the SQL golden sets run in the driver alone and with its
 * stages on (in-process) executors, row exchanges on, must print the same thing (rows in
 * the same order, the same error), and no stage may fail over to the driver.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRecords } from '../../../conformance/sql/golden';
import type { GoldenRecord } from '../../../conformance/sql/golden';
import { registerBuiltinTables } from '../../../conformance/sql/builtin-tables';
import { InProcessBackend, SparkContext } from '../rdd';
import { createSqlSession } from './session';
import type { SqlSession } from './session';

const FILES = ['/work/shared/conformance/sql-golden.jsonl', '/work/shared/conformance/sql-golden-2.2.jsonl'].filter((f) => existsSync(f));
/** Statements whose text differs run to run: clocks, random values, EXPLAIN's attribute ids. */
const UNSTABLE = /rand|uuid|current_|now\(|localtimestamp|explain/i;

function outcome(s: SqlSession, sql: string): string {
  try {
    const r = s.sql(sql);
    return `${r.schemaString()}\n${r.toGoldenStrings().join('\n')}`;
  } catch (e) {
    return `error ${(e as { ename?: string }).ename ?? ''} ${String((e as Error).message).split('\n')[0]}`;
  }
}

describe.skipIf(FILES.length === 0)('SQL golden statements on executors', () => {
  it('print what the driver alone prints, with no failed stage', () => {
    let jobs = 0;
    let failed = 0;
    const mismatches: string[] = [];
    for (const file of FILES) {
      const byFile = new Map<string, GoldenRecord[]>();
      for (const r of loadRecords(file)) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
      for (const recs of byFile.values()) {
        recs.sort((a, b) => a.index - b.index);
        const session = (dist: boolean) => {
          const s = createSqlSession();
          s.conf.set('spark.sql.session.timeZone', 'America/Los_Angeles');
          registerBuiltinTables(s);
          if (dist) {
            s.attachContext(new SparkContext(new InProcessBackend(2), {
              master: 'local[2]',
              listener: (e) => {
                if (e.kind === 'jobStart') jobs++;
                if (e.kind === 'taskEnd' && !e.succeeded) failed++;
              },
            }));
            s.conf.set('spark.flint.sql.distributed.rowExchanges', 'true');
          }
          return s;
        };
        const local = session(false);
        const dist = session(true);
        for (const r of recs) {
          const a = outcome(local, r.sql);
          const b = outcome(dist, r.sql);
          if (a !== b && !UNSTABLE.test(r.sql)) mismatches.push(`${r.file}:${r.index}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(failed).toBe(0);
    expect(jobs).toBeGreaterThan(300);
  }, 300_000);
});
