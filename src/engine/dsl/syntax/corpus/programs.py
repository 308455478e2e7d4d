from pyspark import SparkContext
sc = SparkContext.getOrCreate()
lines = sc.textFile('/databricks-datasets/README.md')
counts = (lines.flatMap(lambda line: line.split(' '))
               .map(lambda word: (word, 1))
               .reduceByKey(lambda a, b: a + b))
for word, n in counts.take(10):
    print(f'{word}: {n}')
#=====
import re
from collections import defaultdict

def tokenize(text):
    """Split text into lowercase words."""
    return [w.lower() for w in re.findall(r"\w+", text) if w]

class Counter:
    def __init__(self):
        self.counts = defaultdict(int)

    def add(self, words):
        for w in words:
            self.counts[w] += 1
        return self

    def top(self, n=10):
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
#=====
def fib(n):
    a, b = 0, 1
    while n > 0:
        a, b = b, a + b
        n -= 1
    return a

print([fib(i) for i in range(10)])
#=====
try:
    x = int(input())
except ValueError as e:
    print('bad', e)
else:
    print(x ** 2)
finally:
    print('done')
#=====
df = spark.createDataFrame([(1, 'a'), (2, 'b')], ['id', 'name'])
df.filter(df.id > 1).select('name').show()
df.groupBy('name').agg(F.count('*').alias('n')).orderBy(F.desc('n')).show(truncate=False)
#=====
acc = sc.accumulator(0)
def inc(x):
    global acc
    acc += x
rdd.foreach(inc)
print(acc.value)
#=====
broadcast_var = sc.broadcast({'a': 1, 'b': 2})
result = rdd.map(lambda x: broadcast_var.value.get(x, 0)).collect()
#=====
import math
def is_prime(n):
    if n < 2:
        return False
    for i in range(2, int(math.sqrt(n)) + 1):
        if n % i == 0:
            return False
    return True
primes = list(filter(is_prime, range(100)))
#=====
matrix = [[1, 2, 3],
          [4, 5, 6],
          [7, 8, 9]]
transposed = [[row[i] for row in matrix] for i in range(3)]
flat = [x for row in matrix for x in row if x % 2]
#=====
with open('data.csv') as f:
    header, *rows = [line.strip().split(',') for line in f]
totals = {h: sum(float(r[i]) for r in rows) for i, h in enumerate(header)}
#=====
class Node:
    __slots__ = ('value', 'next')

    def __init__(self, value, next=None):
        self.value, self.next = value, next

    def __iter__(self):
        node = self
        while node is not None:
            yield node.value
            node = node.next
#=====
x = {
    'name': 'flint',
    'version': (1, 0, 0),
    'tags': ['spark', 'python'],
    'nested': {'a': [1, 2, {'b': None}]},
}
#=====
stream = (spark.readStream
    .format('rate')
    .option('rowsPerSecond', 10)
    .load())
query = stream.writeStream.outputMode('append').format('console').start()
#=====
def decorator(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f'calling {func.__name__} with {args!r} {kwargs!r}')
        return func(*args, **kwargs)
    return wrapper
#=====
result = (a if a > b else b) if c else (d or e and not f)
value = x[1:-1:2] + y[::-1] + z[:, 1]
#=====
if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv[1:]))
#=====
total = 0
for i, (a, b) in enumerate(zip(xs, ys), start=1):
    total += a * b / i
else:
    print('%d items, total %.2f' % (i, total))
#=====
async def fetch_all(urls):
    async with session() as s:
        results = await asyncio.gather(*(s.get(u) for u in urls))
    return {u: r async for u, r in aiter(zip(urls, results))}
#=====
words = sc.parallelize(['a', 'b', 'a'])
print(words.countByValue())
print(sorted(words.distinct().collect()))
print(words.map(lambda w: (w, 1)).groupByKey().mapValues(len).collect())
#=====
from pyspark.sql import functions as F, Window
w = Window.partitionBy('dept').orderBy(F.col('salary').desc())
df.withColumn('rank', F.rank().over(w)).where('rank <= 3').show()
#=====
lines = """first
second"""
escaped = 'tab\there\nnewline'
raw = r'C:\path\to'
data = b'\x00\x01'
#=====
x = 1 if y else 2; z = [i for i in range(3)]; del z[0]
#=====
def f(a, b, *args, key=None, **kwargs):
    if key is None and not args:
        raise TypeError(f"missing key for {a!r}") from None
    assert isinstance(b, int), "b must be int"
    return a, b, args, key, kwargs
