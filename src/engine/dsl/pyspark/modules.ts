/**
 * Registers the pyspark modules with PyFlint's module table. Each Python-written module is
 * compiled once per process (driver and executors alike: executors rebuild shipped
 * functions that import these modules).
 */
import type { PyType } from '../../values/py';
import { PyModule } from '../../values/py';
import { registerModule } from '../modules/registry';
// Executors that never load the dsl's index still need the modules our sources import.
import '../modules/math';
import '../modules/sys';
import '../modules/builtins-module';
import { declareModule, loadModule, pythonModule } from './source-module';
import { nativeModule } from './native';
import { setErrorsModule, setSharedClassResolver } from './shipping';
import './class-shipping';
import { CONF, ERRORS, PY4J_PROTOCOL, RESULTITERABLE, STATCOUNTER, STORAGELEVEL, TASKCONTEXT } from './small-source';
import { ACCUMULATORS, BROADCAST } from './shared-source';
import { RDD_HELPERS } from './rdd-helpers-source';
import { RDD_BASE } from './rdd-source';
import { RDD_ACTIONS } from './rdd-actions-source';
import { RDD_PAIRS } from './rdd-pairs-source';
import { RDD_PIPELINE } from './rdd-pipeline-source';
import { CONTEXT } from './context-source';
import { CONTEXT_FILES, FILES, UTIL } from './context-files-source';
import { RDD_FILES } from './rdd-files-source';

const withNative = (name: string, source: string) => () => pythonModule(name, source, { _native: loadModule('pyspark._native') });

const sources: Record<string, () => PyModule> = {
  'pyspark._native': nativeModule,
  'py4j.protocol': withNative('py4j.protocol', PY4J_PROTOCOL),
  'pyspark.errors.exceptions.base': withNative('pyspark.errors.exceptions.base', ERRORS),
  'pyspark.storagelevel': withNative('pyspark.storagelevel', STORAGELEVEL),
  'pyspark.conf': withNative('pyspark.conf', CONF),
  'pyspark.statcounter': withNative('pyspark.statcounter', STATCOUNTER),
  'pyspark.resultiterable': withNative('pyspark.resultiterable', RESULTITERABLE),
  'pyspark.taskcontext': withNative('pyspark.taskcontext', TASKCONTEXT),
  'pyspark.accumulators': withNative('pyspark.accumulators', ACCUMULATORS),
  'pyspark.broadcast': withNative('pyspark.broadcast', BROADCAST),
  'pyspark.rdd': withNative('pyspark.rdd', [RDD_HELPERS, RDD_BASE, RDD_ACTIONS, RDD_PAIRS, RDD_PIPELINE, RDD_FILES].join('\n')),
  'pyspark.files': withNative('pyspark.files', FILES),
  'pyspark.util': withNative('pyspark.util', UTIL),
  'pyspark.context': withNative('pyspark.context', [CONTEXT, CONTEXT_FILES].join('\n')),
};

/** What `from pyspark import *` and `import pyspark` see, by defining module. */
const packageExports: Record<string, readonly string[]> = {
  'pyspark.conf': ['SparkConf'],
  'pyspark.context': ['SparkContext'],
  'pyspark.rdd': ['RDD', 'RDDBarrier'],
  'pyspark.storagelevel': ['StorageLevel'],
  'pyspark.broadcast': ['Broadcast'],
  'pyspark.accumulators': ['Accumulator', 'AccumulatorParam'],
  'pyspark.statcounter': ['StatCounter'],
  'pyspark.taskcontext': ['TaskContext'],
  'pyspark.files': ['SparkFiles'],
};

function packageModule(): PyModule {
  const m = new PyModule('pyspark');
  m.$d.set('__name__', 'pyspark');
  m.$d.set('__version__', '3.5.0');
  const all: string[] = [];
  for (const [mod, names] of Object.entries(packageExports)) {
    const sub = loadModule(mod);
    m.$d.set(mod.slice('pyspark.'.length), sub);
    for (const n of names) {
      m.$d.set(n, sub.$d.get(n));
      all.push(n);
    }
  }
  // InheritableThread needs PyFlint's threading module; without it the name is simply absent.
  try {
    m.$d.set('InheritableThread', loadModule('pyspark.util').$d.get('InheritableThread'));
    all.push('InheritableThread');
  } catch {
    // no threading module in this build
  }
  m.$d.set('__all__', all);
  return m;
}

/** `pyspark.core.*` (PySpark 4's layout, which the recorded doctests import) aliases the 3.5 modules. */
const aliases: Record<string, string> = {
  'pyspark.core.rdd': 'pyspark.rdd',
  'pyspark.core.context': 'pyspark.context',
  'pyspark.core.broadcast': 'pyspark.broadcast',
  'pyspark.errors': 'pyspark.errors.exceptions.base',
};

function corePackage(): PyModule {
  const m = new PyModule('pyspark.core');
  m.$d.set('__name__', 'pyspark.core');
  for (const [alias, real] of Object.entries(aliases)) m.$d.set(alias.slice('pyspark.core.'.length), loadModule(real));
  return m;
}

function py4jPackage(): PyModule {
  const m = new PyModule('py4j');
  m.$d.set('__name__', 'py4j');
  m.$d.set('protocol', loadModule('py4j.protocol'));
  return m;
}

for (const [name, build] of Object.entries(sources)) declareModule(name, build);
declareModule('pyspark', packageModule);
declareModule('pyspark.core', corePackage);
declareModule('py4j', py4jPackage);
for (const name of [...Object.keys(sources), 'pyspark', 'pyspark.core', 'py4j']) registerModule(name, () => loadModule(name));
for (const [alias, real] of Object.entries(aliases)) registerModule(alias, () => loadModule(real));

setSharedClassResolver((kind) => {
  const where = { broadcast: ['pyspark.broadcast', 'Broadcast'], accumulator: ['pyspark.accumulators', 'Accumulator'], resultiterable: ['pyspark.resultiterable', 'ResultIterable'] }[kind];
  return loadModule(where[0]!).$d.get(where[1]!) as PyType;
});

setErrorsModule(() => loadModule('pyspark.errors.exceptions.base'));
