"""
Word counts of each batch with SQL: every RDD becomes a DataFrame and a temporary view
(Flint's take on Spark's sql_network_wordcount.py). The lines come through
flint.streams.socket instead of `nc -lk 9999`.

    flint run sql_network_wordcount.py
"""
import time

from flint.streams import socket
from pyspark.sql import Row, SparkSession
from pyspark.streaming import StreamingContext


def getSparkSessionInstance(sparkConf):
    if "sparkSessionSingletonInstance" not in globals():
        globals()["sparkSessionSingletonInstance"] = SparkSession.builder.config(conf=sparkConf).getOrCreate()
    return globals()["sparkSessionSingletonInstance"]


ssc = StreamingContext(sc, 1)
lines = ssc.socketTextStream("localhost", 9998)
words = lines.flatMap(lambda line: line.split(" "))


def process(time, rdd):
    print("========= %s =========" % str(time))
    if rdd.isEmpty():
        return
    spark = getSparkSessionInstance(rdd.context.getConf())
    wordsDataFrame = spark.createDataFrame(rdd.map(lambda w: Row(word=w)))
    wordsDataFrame.createOrReplaceTempView("words")
    spark.sql("select word, count(*) as total from words group by word order by total desc, word").show()


words.foreachRDD(process)
ssc.start()
typed = ["spark sql spark", "streaming sql", "spark"]
nc = socket("localhost", 9998)
for line in typed:
    nc.send(line + "\n")
    time.sleep(1)
ssc.stop(stopSparkContext=False, stopGraceFully=True)
