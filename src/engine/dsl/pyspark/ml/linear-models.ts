/**
 * Registers the linear classifiers and neural models (helper mllinear): the native kernels as
 * `pyspark.ml._linear`, and their `pyspark.ml.classification` parts — classification summaries
 * (5), LinearSVC (20), OneVsRest (60), MultilayerPerceptronClassifier (70), FMClassifier (80); and
 * FMRegressor as `pyspark.ml.regression` part 60.
 */
import { registerModule } from '../../modules/registry';
import { declareModule, loadModule } from '../source-module';
import { addMlModulePart } from './registry';
import { classifierNativeModule } from './classifier-native';
import { SUMMARIES } from './summary-source';
import { SVC } from './svc-source';
import { OVR } from './ovr-source';
import { MLP } from './mlp-source';
import { FM_CLASSIFIER, FM_REGRESSOR } from './fm-source';

declareModule('pyspark.ml._linear', classifierNativeModule);
registerModule('pyspark.ml._linear', () => loadModule('pyspark.ml._linear'));
addMlModulePart('pyspark.ml.classification', 5, () => SUMMARIES);
addMlModulePart('pyspark.ml.classification', 20, () => SVC);
addMlModulePart('pyspark.ml.classification', 60, () => OVR);
addMlModulePart('pyspark.ml.classification', 70, () => MLP);
addMlModulePart('pyspark.ml.classification', 80, () => FM_CLASSIFIER);
addMlModulePart('pyspark.ml.regression', 60, () => FM_REGRESSOR);
