/** Every conformance suite the runner knows. */
import type { ConformanceSuite } from './suite';
import { doctestSuite } from './doctest/suite';
import { clusterPythonRunner } from './doctest/python-runner';
import { sqlGoldenSuites } from './sql/golden';

export const suites: readonly ConformanceSuite[] = [
  ...sqlGoldenSuites,
  doctestSuite('pyspark-doctests', 'pyspark-doctests.jsonl', (master) => clusterPythonRunner(master)),
  doctestSuite('pyspark-doctests-2.4', 'pyspark-doctests-2.4.jsonl', (master) => clusterPythonRunner(master)),
];
