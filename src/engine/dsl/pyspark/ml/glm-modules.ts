/**
 * Registers helper mlglm's modules: the `pyspark.ml._glm` kernels and the regression parts
 * (GeneralizedLinearRegression; AFTSurvivalRegression and IsotonicRegression), pyspark.ml.fpm and
 * pyspark.ml.recommendation, on drivers and
 * executors alike (executors rebuild shipped functions that call `pyspark.ml._glm`).
 */
import { registerModule } from '../../modules/registry';
import { declareModule, loadModule } from '../source-module';
import { addMlModulePart, declareMlModule } from './registry';
import { glmNativeModule } from './glm-native';
import { GLM } from './glm-source';
import { SURVIVAL } from './survival-source';
import { FPM } from './fpm-source';
import { RECOMMENDATION } from './recommendation-source';

declareModule('pyspark.ml._glm', glmNativeModule);
registerModule('pyspark.ml._glm', () => loadModule('pyspark.ml._glm'));
addMlModulePart('pyspark.ml.regression', 20, () => GLM);
addMlModulePart('pyspark.ml.regression', 30, () => SURVIVAL);
declareMlModule('pyspark.ml.fpm', () => FPM);
declareMlModule('pyspark.ml.recommendation', () => RECOMMENDATION);
