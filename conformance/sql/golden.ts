/**
 * Runs Spark's SQL golden files (../shared/conformance/sql-golden*.jsonl): each file's
 * queries in order in one fresh session, comparing the schema string and the rows (both
 * sorted unless the query's plan is sorted, as SQLQueryTestSuite does), or, for expected
 * failures, the exception class and error class.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSqlSession } from '../../src/engine/catalog';
import type { SqlResult } from '../../src/engine/catalog';
import { isSortedPlan } from '../../src/engine/sql/logical';
import { simpleString } from '../../src/engine/types';
import type { CaseResult, ConformanceSuite } from '../suite';
import { registerBuiltinTables } from './builtin-tables';

export interface GoldenRecord {
  readonly set: string;
  readonly file: string;
  readonly index: number;
  readonly sql: string;
  readonly schema: string;
  readonly output: string;
  readonly error: string | null;
}

/**
 * The sets and the session configuration each runs under. The 2.2 files were recorded
 * when exponent literals (`20E2`) were decimals; Spark 3.5 keeps that behaviour behind
 * the legacy flag below, so the 2.2 set runs with it on.
 *
 * `eraColumnNames`: Spark 2.x named unaliased columns differently (implicit casts spelled
 * out, `CEIL`, `structstojson`, quoted literals, `database` for SHOW TABLES' namespace).
 * As the conformance README directs for mixed-era files, such a case passes when its column
 * types and rows equal the golden ones; the column names are a stricter tier, counted apart.
 */
export const SQL_SETS: ReadonlyArray<{ name: string; file: string; conf: Readonly<Record<string, string>>; eraColumnNames?: boolean }> = [
  { name: 'sql-golden', file: 'sql-golden.jsonl', conf: {} },
  { name: 'sql-golden-2.2', file: 'sql-golden-2.2.jsonl', conf: { 'spark.sql.legacy.exponentLiteralAsDecimal.enabled': 'true' }, eraColumnNames: true },
];

/**
 * Whether `expected` (`struct<name:type,...>`) lists exactly `types` in order under some
 * names. Names may hold commas and colons, so each `:type` is matched where it ends a field.
 */
export function sameFieldTypes(expected: string, types: readonly string[]): boolean {
  if (!expected.startsWith('struct<') || !expected.endsWith('>')) return false;
  if (types.length === 0) return expected === 'struct<>';
  let p = 'struct<'.length;
  for (let i = 0; i < types.length; i++) {
    const last = i === types.length - 1;
    const needle = `:${types[i]}${last ? '>' : ','}`;
    const at = last ? expected.length - needle.length : expected.indexOf(needle, p);
    if (at < p || expected.slice(at, at + needle.length) !== needle) return false;
    p = at + needle.length;
  }
  return p === expected.length;
}

/** Short class name, treating Spark's AnalysisException subclasses used for the same errors alike. */
function shortClass(javaClass: string): string {
  const s = javaClass.slice(javaClass.lastIndexOf('.') + 1);
  return s === 'ExtendedAnalysisException' ? 'AnalysisException' : s;
}

function expectedErrorClass(error: string): string | null {
  const m = /"(?:errorClass|condition)"\s*:\s*"([^"]+)"/.exec(error);
  return m ? m[1]! : null;
}

function compareError(rec: GoldenRecord, err: unknown): string | null {
  const e = err as { ename?: string; errorClass?: string; message?: string };
  const expectedClass = shortClass(rec.error!.split('\n')[0]!.trim());
  const actualClass = shortClass(e.ename ?? (err instanceof Error ? err.name : 'Error'));
  if (expectedClass !== actualClass) return `expected ${expectedClass}, got ${actualClass}: ${String(e.message ?? err).split('\n')[0]}`;
  const ec = expectedErrorClass(rec.error!);
  if (ec && ec !== e.errorClass) return `expected error class ${ec}, got ${e.errorClass ?? 'none'}: ${String(e.message).split('\n')[0]}`;
  return null;
}

function compareResult(rec: GoldenRecord, res: SqlResult, sorted: boolean, eraNames: { allowed: boolean; used: boolean }): string | null {
  if (rec.error) return `expected ${rec.error.split('\n')[0]}, but the query succeeded`;
  const schema = res.isCommand && res.rows.length === 0 ? 'struct<>' : res.schemaString();
  if (schema !== rec.schema) {
    const types = res.isCommand && res.rows.length === 0 ? [] : res.schema.fields.map((f) => simpleString(f.type));
    if (!eraNames.allowed || !sameFieldTypes(rec.schema, types)) return `schema: expected ${rec.schema}, got ${schema}`;
    eraNames.used = true;
  }
  let actual = res.toGoldenStrings();
  let expected = rec.output === '' ? [] : rec.output.split('\n');
  if (!sorted) {
    actual = [...actual].sort();
    expected = [...expected].sort();
  }
  // SQLQueryTestSuite compares the joined text with trailing whitespace removed, so one empty row
  // and no rows read the same, and a padded last DESCRIBE cell loses its padding.
  if (actual.join('\n').replace(/\s+$/, '') === expected.join('\n').replace(/\s+$/, '')) return null;
  if (actual.length !== expected.length) return `rows: expected ${expected.length}, got ${actual.length}`;
  for (let i = 0; i < actual.length; i++) {
    if (actual[i] !== expected[i]) return `row ${i}: expected ${JSON.stringify(expected[i])}, got ${JSON.stringify(actual[i])}`;
  }
  return null;
}

export function loadRecords(path: string): GoldenRecord[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldenRecord);
}

/** Runs one golden set; every file gets a fresh session with the suite's test tables. */
export function runGoldenSet(setName: string, records: readonly GoldenRecord[], filter?: RegExp, conf: Readonly<Record<string, string>> = {}, eraColumnNames = false): CaseResult[] {
  let eraNamePasses = 0;
  const byFile = new Map<string, GoldenRecord[]>();
  for (const r of records) {
    const list = byFile.get(r.file) ?? [];
    list.push(r);
    byFile.set(r.file, list);
  }
  const results: CaseResult[] = [];
  for (const [file, recs] of byFile) {
    recs.sort((a, b) => a.index - b.index);
    const ids = recs.map((r) => `${setName}/${file}:${r.index}`);
    if (filter && !ids.some((id) => filter.test(id))) continue;
    const session = createSqlSession();
    // SQLQueryTestSuite runs every file in America/Los_Angeles.
    session.conf.set('spark.sql.session.timeZone', 'America/Los_Angeles');
    for (const [k, v] of Object.entries(conf)) session.conf.set(k, v);
    registerBuiltinTables(session);
    recs.forEach((rec, k) => {
      const id = ids[k]!;
      let detail: string | null;
      try {
        const { result, plan, statement } = session.sqlDetailed(rec.sql);
        // SQLQueryTestSuite keeps DESCRIBE TABLE rows in order but sorts DESCRIBE FUNCTION's like any result.
        const sorted = plan ? isSortedPlan(plan) : statement.kind === 'describe' && statement.function === undefined;
        const eraNames = { allowed: eraColumnNames, used: false };
        detail = compareResult(rec, result, sorted, eraNames);
        if (detail === null && eraNames.used && (!filter || filter.test(id))) eraNamePasses++;
      } catch (err) {
        detail = rec.error ? compareError(rec, err) : `error: ${String((err as Error).message ?? err).split('\n')[0]}`;
      }
      if (filter && !filter.test(id)) return;
      results.push({ id, area: file, passed: detail === null, ...(detail ? { detail } : {}) });
    });
  }
  if (eraNamePasses > 0) console.log(`  ${setName}: ${eraNamePasses} passing case(s) differ from the golden file only in 2.x-era column names`);
  return results;
}

export const sqlGoldenSuites: ConformanceSuite[] = SQL_SETS.map((set) => ({
  name: set.name,
  async run(dir, options) {
    const path = join(dir, set.file);
    if (!existsSync(path)) return null;
    return runGoldenSet(set.name, loadRecords(path), options.filter, set.conf, set.eraColumnNames);
  },
}));
