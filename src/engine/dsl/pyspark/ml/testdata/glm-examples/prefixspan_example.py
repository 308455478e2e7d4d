# PrefixSpan (our take on Spark's example).
from pyspark.ml.fpm import PrefixSpan
from pyspark.sql import Row

print("== prefixspan_example")
df = sc.parallelize([Row(sequence=[[1, 2], [3]]),
                     Row(sequence=[[1], [3, 2], [1, 2]]),
                     Row(sequence=[[1, 2], [5]]),
                     Row(sequence=[[6]])]).toDF()
prefixSpan = PrefixSpan(minSupport=0.5, maxPatternLength=5, maxLocalProjDBSize=32000000)
prefixSpan.findFrequentSequentialPatterns(df).show()
