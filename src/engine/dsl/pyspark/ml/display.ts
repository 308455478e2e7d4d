/** display() of ML objects: a Pipeline / PipelineModel as an HTML stage diagram (pyspark.ml.base). */
import { call, typeOf } from '../../../values/py';
import { importModule } from '../../modules/registry';

/** The stage diagram of a Pipeline or PipelineModel, or null for anything else. */
export function mlDisplayHtml(value: unknown): string | null {
  if (value === null || typeof value !== 'object') return null;
  const t = typeOf(value);
  if (t.module !== 'pyspark.ml.base' || (t.name !== 'Pipeline' && t.name !== 'PipelineModel')) return null;
  const html = call(importModule('pyspark.ml.base', true).$d.get('_display_html'), [value]);
  return typeof html === 'string' ? html : null;
}
