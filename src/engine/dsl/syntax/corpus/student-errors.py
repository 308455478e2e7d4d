def f(x)
    return x
#=====
def f(self, x)
    return x
#=====
class A()
    pass
#=====
class A(object)
    pass
#=====
for i in range(10)
    print(i)
#=====
while x > 0
    x -= 1
#=====
if x == 1
    pass
else
    pass
#=====
if x == 1:
    pass
else
    pass
#=====
if x:
    pass
elif y
    pass
#=====
try
    pass
except:
    pass
#=====
try:
    pass
except
    pass
#=====
try:
    pass
except ValueError
    pass
#=====
try:
    pass
finally
    pass
#=====
with open(f) as g
    pass
#=====
if x = 1:
    pass
#=====
if x == 1 or y = 2:
    pass
#=====
while x = 1:
    pass
#=====
elif x:
    pass
#=====
else:
    pass
#=====
if x:
    pass
else if y:
    pass
#=====
x++
#=====
x--
#=====
++x
#=====
x = 1 +
#=====
x = (1 +
y = 2
#=====
x = [1, 2
y = 3
#=====
x = {'a': 1
y = 3
#=====
print 'hello', name
#=====
print "x = %d" % x
#=====
print("a" "b" c)
#=====
print(a, b c)
#=====
print(a b, c)
#=====
x = [1 2, 3]
#=====
x = [1, 2 3]
#=====
f(a b=1)
#=====
f(a=1 b=2)
#=====
d = {'a': 1 'b': 2}
#=====
d = {'a' 1}
#=====
d = {'a': 1, 'b'}
#=====
s = 'it's a trap'
#=====
s = "unterminated
#=====
s = 'unterminated
x = 1
#=====
s = '''unterminated

x = 1
#=====
except Exception, e:
    pass
#=====
try:
    pass
except Exception, e:
    pass
#=====
raise ValueError, "msg"
#=====
x = 10L
#=====
x = 0777
#=====
1 <> 2
#=====
x = `y`
#=====
ur'abc'
#=====
def f(a, b):
return a + b
#=====
def f(a, b):
    x = 1
     return x
#=====
def f(a, b):
    x = 1
   return x
#=====
def f():
	x = 1
        return x
#=====
for x in y:
pass
#=====
class A:
def f(self): pass
#=====
if True:
  x = 1
    y = 2
#=====
  x = 1
#=====
x = 1
 y = 2
#=====
import numpy as
#=====
from . import
#=====
from pyspark.sql import functions as F,
#=====
rdd.map(lambda x: x * 2
#=====
rdd.map(lambda x: (x, 1)).reduceByKey(lambda a, b: a + b))
#=====
df.filter(df.age > 21]
#=====
df.select(col('a'), col('b')
#=====
df.groupBy('a').agg({'b': 'sum'}.show()
#=====
lambda x, y: x + y)
#=====
lambda: return 1
#=====
lambda x: x = 1
#=====
x = lambda x: yield x
#=====
def f(*, ): pass
#=====
def f(a, a): pass
#=====
f(a for a in b, c for c in d)
#=====
x = [i for i in range(10) if i % 2 == 0 else 0]
#=====
x = [i if i % 2 == 0 for i in range(10)]
#=====
x = {i: i ** 2 for i in range(10) if}
#=====
x = (1, 2, 3]
#=====
x = 'abc'.upper(
#=====
x = "a" + 'b
#=====
True = False
#=====
None = 0
#=====
def None(): pass
#=====
class True: pass
#=====
import True
#=====
x.True = 1
#=====
def f(x=1, y=2, z): pass
#=====
f(x=1, 2)
#=====
f(**kw, *args)
#=====
f(**kw, x)
#=====
a, b = = 1, 2
#=====
a = b = = c
#=====
x = 5 if y else
#=====
x = 5 if y
#=====
return 1 2
#=====
def f():
    return 1 2
#=====
def f():
    yield 1 2
#=====
x = 1 if else 2
#=====
for x in range(10): print(x) else: pass
#=====
while True: break continue
#=====
import os, sys,
#=====
from os import path, 
#=====
x = 1 ; ; y = 2
#=====
;
#=====
x = (1,) (2,)
#=====
x = [1][2] [3]
#=====
f(1)(2) (3)
#=====
a . b
#=====
a .
#=====
spark = SparkSession.builder.appName("x").getOrCreate(
#=====
sc.parallelize([1, 2, 3]).map(lambda x: x * 2).collect(
