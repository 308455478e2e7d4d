/**
 * The builtins module: `import builtins` gives Python's own functions back, e.g. `builtins.sum`
 * after `from pyspark.sql.functions import *` has replaced `sum`, `max`, `round`, ... in a notebook.
 */
import { PyModule } from '../../values/py';
import { registerModule } from './registry';
import { builtinsMap } from '../runtime/helpers';

registerModule('builtins', () => {
  const m = new PyModule('builtins');
  for (const [k, v] of builtinsMap()) m.$d.set(k, v);
  m.$d.set('__name__', 'builtins');
  return m;
});
