/**
 * `pyspark.ml` and the parts of `pyspark.mllib` written so far, for PyFlint: importing this
 * registers the modules (drivers and executors alike).
 */
import { addMlModulePart, declareMlModule, declarePackage } from './registry';
import { LINALG } from './linalg-source';
import { PARAM, sharedSource } from './param-source';
import { UTIL } from './util-source';
import { BASE } from './base-source';
import { EVALUATION } from './evaluation-source';
import { FEATURE } from './feature-source';
import { FEATURE2 } from './feature2-source';
import { RFORMULA } from './rformula-source';
import { LSH } from './lsh-source';
import { WORD2VEC } from './word2vec-source';
import { CLUSTERING } from './clustering-source';
import { CLASSIFICATION_BASE, NAIVE_BAYES } from './classification-base-source';
import { mlNativeModule } from './native';
import { declareModule, loadModule } from '../source-module';
import { registerModule } from '../../modules/registry';
// Estimators (regression, classification, clustering, tuning, mllib): helper mlalgo's modules.
import './estimators';
// Linear classifiers and neural models (helper mllinear).
import './linear-models';

export { addMlModulePart, declareMlModule, declarePackage } from './registry';
export { mlDisplayHtml } from './display';

declarePackage('pyspark.ml', {
  'pyspark.ml.base': ['Transformer', 'Estimator', 'Model', 'UnaryTransformer', 'Predictor', 'PredictionModel', 'Pipeline', 'PipelineModel'],
});
declarePackage('pyspark.mllib');
declareModule('pyspark.ml._native', mlNativeModule);
registerModule('pyspark.ml._native', () => loadModule('pyspark.ml._native'));
const withNative = () => ({ _native: loadModule('pyspark.ml._native') });
declareMlModule('pyspark.ml.linalg', () => LINALG);
declareMlModule('pyspark.mllib.linalg', () => LINALG.replace(/pyspark\.ml\.linalg/g, 'pyspark.mllib.linalg'));
declareMlModule('pyspark.ml.param', () => PARAM);
declareMlModule('pyspark.ml.param.shared', sharedSource);
declareMlModule('pyspark.ml.util', () => UTIL, withNative);
declareMlModule('pyspark.ml.base', () => BASE, withNative);
declareMlModule('pyspark.ml.pipeline', () => 'from pyspark.ml.base import Pipeline, PipelineModel, _PipelineWriter, _PipelineReader\n');
declareMlModule('pyspark.ml.wrapper', () => [
  'from pyspark.ml.base import Estimator as JavaEstimator, Transformer as JavaTransformer, Model as JavaModel',
  'from pyspark.ml.base import Predictor as JavaPredictor, PredictionModel as JavaPredictionModel',
  'from pyspark.ml.param import Params as JavaParams, Params as JavaWrapper',
].join('\n'));
declareMlModule('pyspark.ml.evaluation', () => EVALUATION);
declareMlModule('pyspark.ml.feature', () => FEATURE + FEATURE2 + RFORMULA + LSH + WORD2VEC, withNative);
declareMlModule('pyspark.ml.clustering', () => CLUSTERING, withNative);
// pyspark.ml.classification is assembled from parts: the base classes (0), NaiveBayes (50); estimators.ts adds its own.
addMlModulePart('pyspark.ml.classification', 0, () => CLASSIFICATION_BASE);
addMlModulePart('pyspark.ml.classification', 50, () => NAIVE_BAYES);
