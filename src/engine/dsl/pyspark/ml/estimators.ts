/**
 * Registers the estimator modules (regression, trees, the training helpers and the
 * `_algos` kernels), on drivers and executors alike: executors rebuild shipped functions
 * that call `pyspark.ml._algos`.
 */
import { registerModule } from '../../modules/registry';
import { declareModule, loadModule } from '../source-module';
import { addMlModulePart, declareMlModule } from './registry';
import { LOGISTIC } from './logistic-source';
import { algosNativeModule } from './algos-native';
import { TRAIN } from './train-source';
import { REGRESSION, TREES } from './regression-source';
import { TUNING } from './tuning-source';
import { ENSEMBLES, GBT_REGRESSION } from './gbt-source';
import { TREE_CLASSIFIERS } from './tree-classification-source';
import './glm-modules';
import { MLLIB_EVALUATION, MLLIB_REGRESSION, MLLIB_UTIL, ML_LIBSVM } from './mllib-source';

declareModule('pyspark.ml._algos', algosNativeModule);
registerModule('pyspark.ml._algos', () => loadModule('pyspark.ml._algos'));
declareMlModule('pyspark.ml._train', () => TRAIN);
declareMlModule('pyspark.ml.tree', () => TREES);
// pyspark.ml.regression is assembled from parts: LinearRegression and the trees (0); glm-modules.ts adds GLR (20), AFT and isotonic (30).
addMlModulePart('pyspark.ml.regression', 0, () => REGRESSION);
addMlModulePart('pyspark.ml.regression', 40, () => GBT_REGRESSION);
declareMlModule('pyspark.ml._ensembles', () => ENSEMBLES);
declareMlModule('pyspark.ml.tuning', () => TUNING);
declareMlModule('pyspark.ml._libsvm', () => ML_LIBSVM);
declareMlModule('pyspark.mllib.evaluation', () => MLLIB_EVALUATION);
declareMlModule('pyspark.mllib.regression', () => MLLIB_REGRESSION);
declareMlModule('pyspark.mllib.util', () => MLLIB_UTIL);
addMlModulePart('pyspark.ml.classification', 10, () => LOGISTIC);
addMlModulePart('pyspark.ml.classification', 30, () => TREE_CLASSIFIERS);
