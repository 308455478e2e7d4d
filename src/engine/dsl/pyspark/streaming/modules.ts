/**
 * Registers `pyspark.streaming` (Python source over `pyspark.streaming._native`) and the
 * `flint.streams` helpers that feed socket-like endpoints.
 */
import { PyModule } from '../../../values/py';
import { registerModule } from '../../modules/registry';
import { declareModule, loadModule, pythonModule } from '../source-module';
import '../modules';
import { streamingNativeModule } from './native';
import { GRAPH } from './graph-source';
import { CHECKPOINT } from './checkpoint-source';
import { DSTREAM } from './dstream-source';
import { CONTEXT, LISTENER, UTIL } from './context-source';
import { FLINT_STREAMS } from './flint-streams';

const mod = (name: string) => loadModule(name);
const native = () => mod('pyspark.streaming._native');

const sources: Record<string, () => PyModule> = {
  'pyspark.streaming._native': streamingNativeModule,
  'pyspark.streaming._graph': () => pythonModule('pyspark.streaming._graph', GRAPH, { _native: native() }),
  'pyspark.streaming.util': () => pythonModule('pyspark.streaming.util', UTIL, { _native: native(), _graph: mod('pyspark.streaming._graph') }),
  'pyspark.streaming._checkpoint': () =>
    pythonModule('pyspark.streaming._checkpoint', CHECKPOINT, {
      _native: native(),
      _graph: mod('pyspark.streaming._graph'),
      _util: mod('pyspark.streaming.util'),
      _RDD: mod('pyspark.rdd').$d.get('RDD'),
      _StorageLevel: mod('pyspark.storagelevel').$d.get('StorageLevel'),
    }),
  'pyspark.streaming.dstream': () =>
    pythonModule('pyspark.streaming.dstream', DSTREAM, {
      _native: native(),
      _graph: mod('pyspark.streaming._graph'),
      _util: mod('pyspark.streaming.util'),
      _graph_call: mod('pyspark.streaming.util').$d.get('_graph_call'),
    }),
  'pyspark.streaming.listener': () => pythonModule('pyspark.streaming.listener', LISTENER),
  'pyspark.streaming.context': () =>
    pythonModule('pyspark.streaming.context', CONTEXT, {
      _graph: mod('pyspark.streaming._graph'),
      _util: mod('pyspark.streaming.util'),
      _checkpoint: mod('pyspark.streaming._checkpoint'),
      _listener: mod('pyspark.streaming.listener'),
      DStream: mod('pyspark.streaming.dstream').$d.get('DStream'),
    }),
};

function streamingPackage(): PyModule {
  const m = new PyModule('pyspark.streaming');
  m.$d.set('__name__', 'pyspark.streaming');
  m.$d.set('StreamingContext', mod('pyspark.streaming.context').$d.get('StreamingContext'));
  m.$d.set('DStream', mod('pyspark.streaming.dstream').$d.get('DStream'));
  m.$d.set('StreamingListener', mod('pyspark.streaming.listener').$d.get('StreamingListener'));
  for (const sub of ['context', 'dstream', 'listener', 'util']) m.$d.set(sub, mod(`pyspark.streaming.${sub}`));
  m.$d.set('__all__', ['StreamingContext', 'DStream', 'StreamingListener']);
  return m;
}

for (const [name, build] of Object.entries(sources)) declareModule(name, build);
declareModule('pyspark.streaming', streamingPackage);
for (const name of [...Object.keys(sources), 'pyspark.streaming']) registerModule(name, () => loadModule(name));

const flint = () => {
  const m = new PyModule('flint');
  m.$d.set('__name__', 'flint');
  m.$d.set('streams', loadModule('flint.streams'));
  return m;
};
declareModule('flint.streams', () => pythonModule('flint.streams', FLINT_STREAMS, { _native: native() }));
declareModule('flint', flint);
registerModule('flint.streams', () => loadModule('flint.streams'));
registerModule('flint', () => loadModule('flint'));
