/**
 * Registers `pyspark.sql` and its submodules (Python source over `pyspark.sql._native`).
 * Siblings reach each other through names set before their source runs, not `import`,
 * so loading one never re-enters the loading of the package.
 */
import { PyModule, PyType, call } from '../../../values/py';
import { registerModule } from '../../modules/registry';
import { declareModule, loadModule, pythonModule } from '../source-module';
import { sqlNativeModule } from './native';
import { TYPES } from './types-source';
import { COLUMN } from './column-source';
import { COLUMN_FUNCTIONS, FUNCTIONS, GENERIC_FUNCTIONS } from './functions-source';
import { signaturesSource } from './functions-signatures';
import { FUNCTIONS_EXTRA } from './functions-extra-source';
import { DATAFRAME } from './dataframe-source';
import { DATAFRAME_MORE } from './dataframe-more-source';
import { CAPTURED, SESSION } from './session-source';
import { READWRITER } from './readwriter-source';
import { WINDOW } from './window-source';
import { streamingNativeModule } from './streaming-native';
import { STREAMING, STREAMING_BATCH_READER } from './streaming-source';

const mod = (name: string) => loadModule(name);

const RDD_TODF = [
  'import pyspark.rdd as _rdd',
  'def toDF(self, schema=None, sampleRatio=None):',
  '    return _session.SparkSession.getActiveSession().createDataFrame(self, schema, sampleRatio)',
  '_rdd.RDD.toDF = toDF',
].join('\n');

const STREAMING_MODULES = ['pyspark.sql.streaming', 'pyspark.sql.streaming.query', 'pyspark.sql.streaming.readwriter', 'pyspark.sql.streaming.listener'];

const sources: Record<string, () => PyModule> = {
  'pyspark.sql._native': sqlNativeModule,
  'pyspark.errors.exceptions.captured': () => pythonModule('pyspark.errors.exceptions.captured', CAPTURED, { _base: mod('pyspark.errors.exceptions.base') }),
  'pyspark.sql.catalog': () => pythonModule('pyspark.sql.catalog', 'from pyspark.sql.session import Catalog, CatalogMetadata, Database, Table, Column, Function\n'),
  'pyspark.sql.types': () => pythonModule('pyspark.sql.types', TYPES),
  'pyspark.sql.column': () => pythonModule('pyspark.sql.column', COLUMN),
  'pyspark.sql.functions': () => {
    const c = mod('pyspark.sql.column').$d;
    const extra: Record<string, unknown> = {};
    for (const n of ['Column', '_to_col', '_lit_sql', '_operand', '_quote']) extra[n] = c.get(n);
    // pyspark/sql/functions/builtin.py imports these types, so its doctests see them.
    const t = mod('pyspark.sql.types').$d;
    for (const n of ['ArrayType', 'DataType', 'StringType', 'StructType']) extra[n] = t.get(n);
    const m = pythonModule('pyspark.sql.functions', FUNCTIONS + COLUMN_FUNCTIONS + signaturesSource() + FUNCTIONS_EXTRA, extra);
    for (const n of GENERIC_FUNCTIONS) if (!m.$d.has(n)) m.$d.set(n, call(m.$d.get('_generic'), [n]));
    return m;
  },
  'pyspark.sql.window': () => {
    const c = mod('pyspark.sql.column').$d;
    const ctx = loadModule('pyspark.context').$d;
    return pythonModule('pyspark.sql.window', WINDOW, { _to_col: c.get('_to_col'), SparkContext: ctx.get('SparkContext') });
  },
  'pyspark.sql.dataframe': () => pythonModule('pyspark.sql.dataframe', DATAFRAME + DATAFRAME_MORE, {
    _native: mod('pyspark.sql._native'), _types: mod('pyspark.sql.types'), _column: mod('pyspark.sql.column'),
  }),
  'pyspark.sql.readwriter': () => pythonModule('pyspark.sql.readwriter', READWRITER, { _native: mod('pyspark.sql._native'), _df: mod('pyspark.sql.dataframe'), _types: mod('pyspark.sql.types') }),
  'pyspark.sql.session': () => {
    const session = pythonModule('pyspark.sql.session', SESSION, {
      _native: mod('pyspark.sql._native'), _types: mod('pyspark.sql.types'), _df: mod('pyspark.sql.dataframe'),
      _readwriter: mod('pyspark.sql.readwriter'), _captured: mod('pyspark.errors.exceptions.captured'),
    });
    // Structured Streaming gives SparkSession readStream/streams and DataFrame its streaming surface.
    const streaming = pythonModule('pyspark.sql.streaming', STREAMING + STREAMING_BATCH_READER, {
      _native: mod('pyspark.sql._streaming'), _types: mod('pyspark.sql.types'), _df: mod('pyspark.sql.dataframe'),
      _column: mod('pyspark.sql.column'), _captured: mod('pyspark.errors.exceptions.captured'), _session: session,
      _readwriter: mod('pyspark.sql.readwriter'), _functions: mod('pyspark.sql.functions'),
    });
    for (const sub of STREAMING_MODULES) declareModule(sub, () => streaming);
    // As PySpark's SparkSession does, give RDDs toDF (createDataFrame over the active session).
    pythonModule('pyspark.sql._rdd_todf', RDD_TODF, { _session: session });
    return session;
  },
  'pyspark.sql._streaming': streamingNativeModule,
};

const packageExports: Record<string, readonly string[]> = {
  'pyspark.sql.session': ['SparkSession', 'SQLContext'],
  'pyspark.sql.dataframe': ['DataFrame', 'GroupedData', 'Observation'],
  'pyspark.sql.column': ['Column'],
  'pyspark.sql.types': ['Row'],
  'pyspark.sql.readwriter': ['DataFrameReader', 'DataFrameWriter'],
  'pyspark.sql.window': ['Window', 'WindowSpec'],
};

function sqlPackage(): PyModule {
  const m = new PyModule('pyspark.sql');
  m.$d.set('__name__', 'pyspark.sql');
  const all: string[] = [];
  for (const [name, names] of Object.entries(packageExports)) {
    const sub = mod(name);
    for (const n of names) {
      m.$d.set(n, sub.$d.get(n));
      all.push(n);
    }
  }
  for (const sub of ['types', 'functions', 'column', 'dataframe', 'session', 'readwriter', 'window', 'streaming']) m.$d.set(sub, mod(`pyspark.sql.${sub}`));
  m.$d.set('__all__', all);
  return m;
}

// Spark Connect's copy of Window has the same surface as the classic one.
sources['pyspark.sql.connect.window'] = () => mod('pyspark.sql.window');
sources['pyspark.sql.connect'] = () => {
  const m = new PyModule('pyspark.sql.connect');
  m.$d.set('__name__', 'pyspark.sql.connect');
  m.$d.set('window', mod('pyspark.sql.window'));
  return m;
};

/**
 * `pyspark.errors` as PySpark 3.5 has it: the Python-side errors (PySparkValueError, ...) and the
 * captured JVM ones (AnalysisException, ...) in one package; `pyspark.errors.exceptions` holds both
 * modules, and the legacy `pyspark.sql.utils` re-exports the captured ones.
 */
function errorsPackage(name: string, parts: readonly string[]): () => PyModule {
  return () => {
    const m = new PyModule(name);
    m.$d.set('__name__', name);
    const all: string[] = [];
    for (const part of parts) {
      for (const [k, v] of mod(part).$d) {
        if (k.startsWith('_') || !(v instanceof PyType)) continue;
        m.$d.set(k, v);
        all.push(k);
      }
    }
    m.$d.set('__all__', all);
    return m;
  };
}
sources['pyspark.errors'] = errorsPackage('pyspark.errors', ['pyspark.errors.exceptions.base', 'pyspark.errors.exceptions.captured']);
sources['pyspark.sql.utils'] = errorsPackage('pyspark.sql.utils', ['pyspark.errors.exceptions.captured']);
sources['pyspark.errors.exceptions'] = () => {
  const m = new PyModule('pyspark.errors.exceptions');
  m.$d.set('__name__', 'pyspark.errors.exceptions');
  m.$d.set('base', mod('pyspark.errors.exceptions.base'));
  m.$d.set('captured', mod('pyspark.errors.exceptions.captured'));
  return m;
};

for (const [name, build] of Object.entries(sources)) declareModule(name, build);
declareModule('pyspark.sql', sqlPackage);
for (const name of [...Object.keys(sources), 'pyspark.sql']) registerModule(name, () => loadModule(name));
// Built with pyspark.sql.session (they patch SparkSession and DataFrame).
for (const name of STREAMING_MODULES) registerModule(name, () => (loadModule('pyspark.sql.session'), loadModule(name)));
import '../ml';
