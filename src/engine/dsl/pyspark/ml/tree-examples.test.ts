/**
 * The tree example programs (testdata/tree-examples, our takes on Spark's
 * examples/src/main/python/ml tree programs over data/mllib/sample_libsvm_data.txt) run
 * headless with `flint run` as one notebook (a cell per program) on local[2]: each completes,
 * prints its figures and the model's Spark-style repr. The sample's two classes separate
 * easily, so classifiers should make few test errors and regressors small RMSEs.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExamplePrograms } from './testdata/run-examples.test-util';

const dir = join(__dirname, 'testdata', 'tree-examples');

describe('tree example programs', () => {
  it('run to completion with sensible errors and Spark reprs', () => {
    const sections = runExamplePrograms(dir, 6);
    for (const [name, out] of sections) {
      const err = /Test Error = (\S+)/.exec(out);
      const rmse = /RMSE\) on test data = (\S+)/.exec(out);
      if (name.includes('classif')) {
        expect(err, name).not.toBeNull();
        expect(Number(err?.[1]), name).toBeLessThan(0.15);
      } else {
        expect(rmse, name).not.toBeNull();
        expect(Number(rmse?.[1]), name).toBeLessThan(0.4);
      }
      expect(out).toMatch(/only showing top 5 rows/);
    }
    expect(sections.get('decision_tree_classification')).toMatch(/DecisionTreeClassificationModel: uid=DecisionTreeClassifier_[0-9a-f]{12}, depth=\d+, numNodes=\d+, numClasses=2, numFeatures=692/);
    expect(sections.get('decision_tree_regression')).toMatch(/DecisionTreeRegressionModel: uid=DecisionTreeRegressor_[0-9a-f]{12}, depth=\d+, numNodes=\d+, numFeatures=692/);
    expect(sections.get('random_forest_classifier')).toMatch(/RandomForestClassificationModel: uid=RandomForestClassifier_[0-9a-f]{12}, numTrees=10, numClasses=2, numFeatures=692/);
    expect(sections.get('random_forest_regressor')).toMatch(/RandomForestRegressionModel: uid=RandomForestRegressor_[0-9a-f]{12}, numTrees=20, numFeatures=692/);
    expect(sections.get('gradient_boosted_tree_classifier')).toMatch(/GBTClassificationModel: uid = GBTClassifier_[0-9a-f]{12}, numTrees=10, numClasses=2, numFeatures=692/);
    expect(sections.get('gradient_boosted_tree_regressor')).toMatch(/GBTRegressionModel: uid=GBTRegressor_[0-9a-f]{12}, numTrees=10, numFeatures=692/);
  }, 320_000);
});
