/**
 * `pyspark.ml` and the parts of `pyspark.mllib` written so far, for PyFlint: importing this
 * registers the modules (drivers and executors alike).
 */
import { declareMlModule, declarePackage } from './registry';
import { LINALG } from './linalg-source';

export { declareMlModule, declarePackage } from './registry';

declarePackage('pyspark.ml');
declarePackage('pyspark.mllib');
declareMlModule('pyspark.ml.linalg', () => LINALG);
declareMlModule('pyspark.mllib.linalg', () => LINALG.replace(/pyspark\.ml\.linalg/g, 'pyspark.mllib.linalg'));
