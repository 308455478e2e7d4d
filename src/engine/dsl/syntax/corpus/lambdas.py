lambda: 0
#=====
lambda x: x
#=====
lambda x, y: x + y
#=====
lambda x=1: x
#=====
lambda x, y=2: x
#=====
lambda *a: a
#=====
lambda **k: k
#=====
lambda *a, **k: 0
#=====
lambda x, *a, y, **k: 0
#=====
lambda *, x: x
#=====
lambda *, x=1: x
#=====
lambda *, x=1, y: x
#=====
lambda x, /: x
#=====
lambda x, /, y: x
#=====
lambda x=1, /, y=2: x
#=====
lambda x, y=1, /, z=2, *a, w, v=3, **k: 0
#=====
lambda x,: x
#=====
lambda *a,: a
#=====
lambda **k,: k
#=====
lambda: (yield)
#=====
lambda: lambda: 0
#=====
lambda x: lambda y: x + y
#=====
lambda x: (x, x)
#=====
lambda x: x if x else 0
#=====
f = lambda x: x * 2
#=====
sorted(y, key=lambda kv: kv[1])
#=====
rdd.map(lambda x: (x, 1)).reduceByKey(lambda a, b: a + b)
#=====
lambda a, b, c=3, *d, e=5, f, **g: 0
#=====
lambda x=lambda: 1: x
