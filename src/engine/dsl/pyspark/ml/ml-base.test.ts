/**
 * pyspark.ml's base layer: linalg reprs and arithmetic (expected texts are what PySpark 3.5
 * and numpy print, checked by hand against CPython), vector columns through
 * createDataFrame/printSchema/show/collect, the Params framework and persistence.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryVfs } from '../../../io/create-vfs';
import { sparkHarness } from '../sql/harness';
import { mlDisplayHtml } from './display';

function harness() {
  const vfs = createMemoryVfs();
  vfs.mkdirs('/tmp');
  return sparkHarness(vfs);
}

describe('pyspark.ml base layer', () => {
  const h = harness();
  const run = (code: string): string => {
    const r = h.run(code);
    expect(r.error).toBeNull();
    return r.output;
  };

  it('prints vectors and matrices as PySpark and numpy do', () => {
    expect(run([
      'from pyspark.ml.linalg import Vectors, Matrices, DenseVector, SparseVector',
      'v = Vectors.dense([1.0, 2.0, 3.14159])',
      'print(repr(v), v, v.norm(1), v.dot([1, 1, 1]))',
      's = Vectors.sparse(4, {3: 5.5, 1: 1.0})',
      'print(repr(s), s, repr(s.toArray()), s.toArray(), s[3], s[0], s.numNonzeros())',
      'print(Vectors.squared_distance(s, Vectors.dense([0, 1, 0, 5.5])), s == Vectors.dense([0, 1, 0, 5.5]))',
      'print(repr(Matrices.dense(2, 2, [1, 2, 3, 4.5])))',
      'print(Matrices.dense(2, 2, [1, 2, 3, 4.5]))',
      'print(repr(Matrices.sparse(2, 2, [0, 2, 3], [0, 1, 1], [2, 3, 4])), Matrices.sparse(2, 2, [0, 2, 3], [0, 1, 1], [2, 3, 4])[1, 1])',
      'print(v + 1, 2 * v, -v, Vectors.parse("(3,[0,2],[1.0,3.0])"))',
    ].join('\n'))).toBe([
      'DenseVector([1.0, 2.0, 3.1416]) [1.0,2.0,3.14159] 6.14159 6.14159',
      'SparseVector(4, {1: 1.0, 3: 5.5}) (4,[1,3],[1.0,5.5]) array([0. , 1. , 0. , 5.5]) [0.  1.  0.  5.5] 5.5 0.0 2',
      '0.0 True',
      'DenseMatrix(2, 2, [1.0, 2.0, 3.0, 4.5], False)',
      'DenseMatrix([[1. , 3. ],',
      '             [2. , 4.5]])',
      'SparseMatrix(2, 2, [0, 2, 3], [0, 1, 1], [2.0, 3.0, 4.0], False) 4.0',
      '[2.0,3.0,4.14159] [2.0,4.0,6.28318] [-1.0,-2.0,-3.14159] (3,[0,2],[1.0,3.0])',
      '',
    ].join('\n'));
  });

  it('stores vector columns as VectorUDT', () => {
    expect(run([
      'df = spark.createDataFrame([(1.0, Vectors.dense([0.0, 1.0])), (0.0, Vectors.sparse(3, [0, 2], [1.0, 3.0]))], ["label", "features"])',
      'df.printSchema()',
      'df.show()',
      'print(df.collect()[1].features, df.dtypes, df.schema["features"].dataType)',
      'print(df.select("features").first()[0] == Vectors.dense([0.0, 1.0]))',
    ].join('\n'))).toBe([
      'root',
      ' |-- label: double (nullable = true)',
      ' |-- features: vector (nullable = true)',
      '',
      '+-----+-------------------+',
      '|label|           features|',
      '+-----+-------------------+',
      '|  1.0|          [0.0,1.0]|',
      '|  0.0|(3,[0,2],[1.0,3.0])|',
      '+-----+-------------------+',
      '',
      "(3,[0,2],[1.0,3.0]) [('label', 'double'), ('features', 'vector')] VectorUDT()",
      'True',
      '',
    ].join('\n'));
  });

  it('explains, copies and persists params as PySpark does', () => {
    const out = run([
      'from pyspark.ml.param import Param, Params, TypeConverters',
      'from pyspark.ml.param.shared import HasInputCol, HasOutputCol, HasMaxIter',
      'from pyspark.ml import Transformer, Pipeline, PipelineModel',
      'from pyspark.ml.util import DefaultParamsReadable, DefaultParamsWritable',
      'class Scale(Transformer, HasInputCol, HasOutputCol, HasMaxIter, DefaultParamsReadable, DefaultParamsWritable):',
      '    factor = Param(Params._dummy(), "factor", "the factor", typeConverter=TypeConverters.toFloat)',
      '    def __init__(self):',
      '        super(Scale, self).__init__()',
      '        self._setDefault(factor=2.0, maxIter=10)',
      's = Scale()',
      's.set(s.inputCol, "x")',
      'print(s.uid.startswith("Scale_"), len(s.uid))',
      'print("\\n".join(l for l in s.explainParams().split("\\n") if not l.startswith("outputCol")))',
      'c = s.copy({s.factor: 3})',
      'print(c.getOrDefault("factor"), s.getOrDefault(s.factor), c.isSet(c.factor), s.isSet("factor"), c.uid == s.uid)',
      'try:',
      '    s.set(s.maxIter, "x")',
      'except TypeError as e:',
      '    print(e)',
      's.save("/tmp/scale")',
      'l = Scale.load("/tmp/scale")',
      'print(l.uid == s.uid, l.getInputCol(), l.getOrDefault("factor"), l.isSet("factor"))',
      'import json',
      'meta = json.loads(sc.textFile("/tmp/scale/metadata").first())',
      'print(sorted(meta), meta["class"], meta["paramMap"], meta["defaultParamMap"]["factor"])',
      'try:',
      '    s.save("/tmp/scale")',
      'except OSError as e:',
      '    print(str(e)[:40])',
      's.write().overwrite().save("/tmp/scale")',
      'p = Pipeline(stages=[s]).fit(spark.createDataFrame([(1.0,)], ["x"]))',
      'p.save("/tmp/pm")',
      'print(PipelineModel.load("/tmp/pm").stages[0].uid == s.uid)',
    ].join('\n'));
    expect(out).toBe([
      'True 18',
      'factor: the factor (default: 2.0)',
      'inputCol: input column name. (current: x)',
      'maxIter: max number of iterations (>= 0). (default: 10)',
      '3.0 2.0 True False True',
      'Invalid param value given for param "maxIter". Could not convert x to int',
      'True x 2.0 False',
      "['class', 'defaultParamMap', 'paramMap', 'sparkVersion', 'timestamp', 'uid'] __main__.Scale {'inputCol': 'x'} 2.0",
      'Path /tmp/scale already exists. To overw',
      'True',
      '',
    ].join('\n'));
  });

  it('displays a Pipeline as its stage diagram', () => {
    run('from pyspark.ml.feature import VectorAssembler, StandardScaler\npipe = Pipeline(stages=[VectorAssembler(inputCols=["a", "b"], outputCol="v"), StandardScaler(inputCol="v", outputCol="s")])');
    const r = h.interpreter.runCell('pipe');
    const html = mlDisplayHtml(r.value) ?? '';
    expect(html).toContain('0. VectorAssembler</b></div><div style="color:#555">Transformer</div><div>in: a, b</div><div>out: v</div>');
    expect(html).toContain('1. StandardScaler</b></div><div style="color:#555">Estimator</div><div>in: v</div><div>out: s</div>');
    expect(mlDisplayHtml(h.interpreter.runCell('spark.range(1)').value)).toBeNull();
  });
});
