/**
 * Session catalog: databases, tables (rows held in memory) and temporary views (analyzed
 * plans). Names are case-insensitive. Temporary views shadow tables, as in Spark.
 */
import { batchesFromRows, cachedRows } from '../columnar';
import type { ColumnBatch } from '../columnar';
import type { Row, UserFunction } from '../expr';
import { AnalysisException } from '../sql/errors';
import { newAttribute } from '../sql/logical';
import type { LPlan } from '../sql/logical';
import type { RelationResolver } from '../sql/analyzer/analyzer';
import type { StructField } from '../types';

/** A table's rows live in columnar batches (the format executors cache and ship). */
export interface TableEntry {
  readonly database: string;
  readonly name: string;
  schema: StructField[];
  batches: ColumnBatch[];
  readonly provider: string;
  /**
   * An external table's files (CREATE TABLE ... USING csv OPTIONS (path ...)): the source's
   * scan, read when a query needs it (by the executors when a stage scans it); `batches` is
   * unused until INSERT writes the table, which reads the files into it.
   */
  external?: Extract<LPlan, { kind: 'scan' }>;
}

export const GLOBAL_TEMP_DB = 'global_temp';

/**
 * Reading and writing files by format, given to the catalog by the layer that owns the file
 * system and the readers (`parquet.\`/path\``, tables at a LOCATION).
 */
export interface FileSources {
  /** A relation reading `path` as `format`, or null when `format` is not a file format. */
  relation(format: string, path: string, options: Record<string, string>, fields?: StructField[]): LPlan | null;
  write(format: string, path: string, fields: readonly StructField[], rows: readonly Row[], options: Record<string, string>, mode: string): void;
}

const FILE_FORMATS = new Set(['parquet', 'json', 'csv']);

/**
 * Views the Python DataFrame layer registers for its own use (a DataFrame's local data, a
 * command's result) start with this prefix; SHOW TABLES and spark.catalog never list them.
 */
export const INTERNAL_VIEW_PREFIX = '__flint_';

export function isInternalView(name: string): boolean {
  return name.startsWith(INTERNAL_VIEW_PREFIX);
}

export class Catalog implements RelationResolver {
  private readonly tempViews = new Map<string, { name: string; plan: LPlan }>();
  /** Global temporary views, reached as `global_temp.name`. */
  private readonly globalTempViews = new Map<string, { name: string; plan: LPlan }>();
  private readonly databases = new Map<string, Map<string, TableEntry>>([['default', new Map()]]);
  /** Persistent (non-temporary) views per database. */
  private readonly views = new Map<string, { database: string; name: string; plan: LPlan }>();
  currentDatabase = 'default';
  /** Set by the session's owner when it has a file system. */
  fileSources: FileSources | null = null;
  /** Tables under CACHE TABLE, by `db.name`, with their storage level. */
  private readonly cachedTables = new Map<string, string>();
  /** Session functions (registered UDFs) by lower-case name. */
  private readonly functions = new Map<string, UserFunction>();

  registerFunction(f: UserFunction): void {
    this.functions.set(f.name.toLowerCase(), f);
  }

  lookupFunction(name: string): UserFunction | undefined {
    return this.functions.get(name.toLowerCase());
  }

  dropFunction(name: string): boolean {
    return this.functions.delete(name.toLowerCase());
  }

  lookupRelation(parts: string[]): LPlan | null {
    if (parts.length === 1) {
      const v = this.tempViews.get(parts[0]!.toLowerCase());
      if (v) return v.plan;
    }
    if (parts.length === 2 && parts[0]!.toLowerCase() === GLOBAL_TEMP_DB) {
      const g = this.globalTempViews.get(parts[1]!.toLowerCase());
      if (g) return g.plan;
    }
    const [db, name] = parts.length >= 2 ? [parts[parts.length - 2]!.toLowerCase(), parts[parts.length - 1]!] : [this.currentDatabase, parts[0]!];
    const pv = this.views.get(`${db}.${name.toLowerCase()}`);
    if (pv) return pv.plan;
    const t = this.databases.get(db)?.get(name.toLowerCase());
    if (!t) {
      // `parquet.\`/path\``: a query straight over files, when no database has that name.
      if (parts.length === 2 && this.fileSources && FILE_FORMATS.has(db) && !this.databases.has(db)) return this.fileSources.relation(db, name, {});
      return null;
    }
    const output = t.schema.map((f) => newAttribute(f.name, f.type, f.nullable));
    const ext = t.external;
    const scan: LPlan = ext
      ? {
        kind: 'scan', name: `${t.database}.${t.name}`, rows: ext.rows, output, ...(ext.batches ? { batches: ext.batches } : {}), ...(ext.partitions ? { partitions: ext.partitions } : {}), ...(ext.files ? { files: ext.files } : {}),
        // Spark's scan of a catalog table names it: FileScan csv spark_catalog.default.t[...].
        ...(ext.origin ? { origin: ext.origin.kind === 'files' ? { ...ext.origin, table: `spark_catalog.${t.database}.${t.name}` } : ext.origin } : {}),
      }
      : { kind: 'scan', name: `${t.database}.${t.name}`, rows: () => cachedRows(t.batches), batches: () => t.batches, output };
    const level = this.cachedTables.get(`${t.database}.${t.name}`.toLowerCase());
    // CACHE TABLE: the scan reads Spark's InMemoryRelation (explained as InMemoryTableScan over it).
    return level ? { ...scan, cached: { child: { ...scan }, storageLevel: level } } : scan;
  }

  /** CACHE TABLE on a stored table (its storage level as explain prints it); false if no such table. */
  cacheTable(parts: string[], storageLevel = 'StorageLevel(disk, memory, deserialized, 1 replicas)'): boolean {
    const t = this.tableOf(parts);
    if (!t) return false;
    this.cachedTables.set(`${t.database}.${t.name}`.toLowerCase(), storageLevel);
    return true;
  }

  /** UNCACHE TABLE (null: CLEAR CACHE). */
  uncacheTable(parts: string[] | null): void {
    if (parts === null) {
      this.cachedTables.clear();
      return;
    }
    const t = this.tableOf(parts);
    if (t) this.cachedTables.delete(`${t.database}.${t.name}`.toLowerCase());
  }

  private tableOf(parts: string[]): { database: string; name: string } | undefined {
    if (parts.length === 1 && this.tempViews.has(parts[0]!.toLowerCase())) return undefined;
    const [db, name] = parts.length >= 2 ? [parts[parts.length - 2]!.toLowerCase(), parts[parts.length - 1]!] : [this.currentDatabase, parts[0]!];
    return this.databases.get(db)?.get(name.toLowerCase());
  }

  createTempView(name: string, plan: LPlan, replace: boolean): void {
    const key = name.toLowerCase();
    if (this.tempViews.has(key) && !replace) {
      throw new AnalysisException(`Cannot create the temporary view \`${name}\` because it already exists.`, 'TEMP_TABLE_OR_VIEW_ALREADY_EXISTS');
    }
    this.tempViews.set(key, { name, plan });
  }

  createGlobalTempView(name: string, plan: LPlan, replace: boolean): void {
    const key = name.toLowerCase();
    if (this.globalTempViews.has(key) && !replace) {
      throw new AnalysisException(`Cannot create the temporary view \`${name}\` because it already exists.`, 'TEMP_TABLE_OR_VIEW_ALREADY_EXISTS');
    }
    this.globalTempViews.set(key, { name, plan });
  }

  createView(parts: string[], plan: LPlan, replace: boolean, ifNotExists: boolean): void {
    const db = parts.length > 1 ? parts[0]!.toLowerCase() : this.currentDatabase;
    const name = parts[parts.length - 1]!;
    const key = `${db}.${name.toLowerCase()}`;
    if ((this.views.has(key) || this.databases.get(db)?.has(name.toLowerCase())) && !replace) {
      if (ifNotExists) return;
      throw new AnalysisException(`Cannot create view \`${db}\`.\`${name}\` because it already exists.`, 'TABLE_OR_VIEW_ALREADY_EXISTS');
    }
    this.views.set(key, { database: db, name, plan });
  }

  createTable(parts: string[], schema: StructField[], rows: Row[], provider: string, ifNotExists: boolean, external?: Extract<LPlan, { kind: 'scan' }>): void {
    const db = parts.length > 1 ? parts[0]!.toLowerCase() : this.currentDatabase;
    const tables = this.databases.get(db);
    if (!tables) throw new AnalysisException(`Database '${db}' not found.`, 'SCHEMA_NOT_FOUND');
    const name = parts[parts.length - 1]!;
    if (tables.has(name.toLowerCase())) {
      if (ifNotExists) return;
      throw new AnalysisException(`Cannot create table or view \`${db}\`.\`${name}\` because it already exists.`, 'TABLE_OR_VIEW_ALREADY_EXISTS');
    }
    tables.set(name.toLowerCase(), { database: db, name, schema, batches: batchesFromRows(schema.map((f) => f.type), rows), provider, ...(external ? { external } : {}) });
  }

  table(parts: string[]): TableEntry | null {
    const db = parts.length > 1 ? parts[0]!.toLowerCase() : this.currentDatabase;
    return this.databases.get(db)?.get(parts[parts.length - 1]!.toLowerCase()) ?? null;
  }

  /** Drops a view or table; returns false when nothing had that name. */
  drop(parts: string[], what: 'table' | 'view'): boolean {
    if (parts.length === 1 && what === 'view' && this.tempViews.delete(parts[0]!.toLowerCase())) return true;
    if (parts.length === 2 && parts[0]!.toLowerCase() === GLOBAL_TEMP_DB) return this.globalTempViews.delete(parts[1]!.toLowerCase());
    if (parts.length === 1 && what === 'table' && this.tempViews.delete(parts[0]!.toLowerCase())) return true;
    const db = parts.length > 1 ? parts[0]!.toLowerCase() : this.currentDatabase;
    const name = parts[parts.length - 1]!.toLowerCase();
    if (what === 'view') return this.views.delete(`${db}.${name}`);
    // A dropped table leaves the cache too (Spark uncaches it).
    this.cachedTables.delete(`${db}.${name}`);
    return this.databases.get(db)?.delete(name) ?? false;
  }

  createDatabase(name: string, ifNotExists: boolean): void {
    const key = name.toLowerCase();
    if (this.databases.has(key)) {
      if (ifNotExists) return;
      throw new AnalysisException(`Cannot create schema \`${name}\` because it already exists.`, 'SCHEMA_ALREADY_EXISTS');
    }
    this.databases.set(key, new Map());
  }

  dropDatabase(name: string, ifExists: boolean): void {
    if (!this.databases.delete(name.toLowerCase()) && !ifExists) {
      throw new AnalysisException(`The schema \`${name}\` cannot be found.`, 'SCHEMA_NOT_FOUND', {}, 'org.apache.spark.sql.catalyst.analysis.NoSuchDatabaseException');
    }
  }

  useDatabase(name: string): void {
    if (!this.databases.has(name.toLowerCase())) {
      throw new AnalysisException(`The schema \`${name}\` cannot be found.`, 'SCHEMA_NOT_FOUND', {}, 'org.apache.spark.sql.catalyst.analysis.NoSuchDatabaseException');
    }
    this.currentDatabase = name.toLowerCase();
  }

  listDatabases(): string[] {
    return [...this.databases.keys()].sort();
  }

  /**
   * (database, name, isTemporary) for SHOW TABLES, in Spark's order: the database's tables and
   * views sorted by name (as the external catalog lists them), then the temp views sorted by name.
   */
  listTables(db = this.currentDatabase): Array<[string, string, boolean]> {
    const byName = (a: [string, string, boolean], b: [string, string, boolean]) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
    const stored: Array<[string, string, boolean]> = [];
    if (db.toLowerCase() === GLOBAL_TEMP_DB) for (const v of this.globalTempViews.values()) stored.push([GLOBAL_TEMP_DB, v.name, true]);
    for (const t of this.databases.get(db.toLowerCase())?.values() ?? []) stored.push([t.database, t.name, false]);
    for (const v of this.views.values()) if (v.database === db.toLowerCase()) stored.push([v.database, v.name, false]);
    const temp: Array<[string, string, boolean]> = [];
    for (const v of this.tempViews.values()) if (!isInternalView(v.name)) temp.push(['', v.name, true]);
    return [...stored.sort(byName), ...temp.sort(byName)];
  }
}
