def f(x):
    return x
  y = 1
#=====
if x:
    pass
   else:
    pass
#=====
for x in range(10):
print(x)
#=====
while True:
pass
#=====
with open(f) as g:
read()
#=====
class A:
pass
#=====
try:
pass
except:
    pass
#=====
try:
    pass
except:
pass
#=====
try:
    pass
finally:
pass
#=====
if x:
    pass
elif y:
pass
#=====
if x:
    pass
else:
pass
#=====
def f():
    """doc"""
  return 1
#=====
x = [1, 2, 3
y = 4
#=====
foo(1, 2
bar()
#=====
d = {'a': 1,
     'b': 2
print(d)
#=====
print("hello)
#=====
print('hello
#=====
print('''hello
world'')
#=====
x = "abc' + 'def"
#=====
s = 'it's'
#=====
x = 1 +
2
#=====
if x == 1
    print(x)
#=====
def f()
    pass
#=====
for i in range(10)
    pass
#=====
else
    pass
#=====
x = 10
if x > 5:
print("big")
#=====
print "hello world"
#=====
print("a" "b" c)
#=====
x = [1 2 3]
#=====
x = (1 2)
#=====
x = {1 2}
#=====
f(1 2)
#=====
x = 1 2
#=====
import os sys
#=====
from os import path sep
#=====
x = y z = 1
#=====
def f(a, b c): pass
#=====
lambda a b: 0
#=====
x = a.b c
#=====
x = "a" b
#=====
x = not
#=====
x = ~
#=====
x = a or
#=====
x = a and
#=====
x = a <
#=====
x = [
#=====
x = {
#=====
x = a[
#=====
x = a(
#=====
return x y
#=====
yield x y
#=====
del x y
#=====
assert x y
#=====
raise x y
#=====
global x y
#=====
x = (a, b
#=====
x = [a, b
#=====
x = {a: b
#=====
f(a, (b, c)
#=====
f(a, [b, c)
#=====
f(a, {b, c)
#=====
x = (]
#=====
x = [}
#=====
x = {)
#=====
)
#=====
]
#=====
}
#=====
x = 1)
#=====
x = f(a))
#=====
x = [1]]
#=====
class A(B:
    pass
#=====
def f(a, b:
    pass
#=====
if (x:
    pass
#=====
x = '''abc
def
#=====
x = """abc
#=====
'abc' 'def
#=====
x = 0xg
#=====
x = 0b
#=====
x = 0o
#=====
x = 1e
#=====
x = 1e+
#=====
x = 1.2.3
#=====
x = 1_000_
#=====
x = 0_7
#=====
x = 09
#=====
x = 1a
#=====
x = 1jj
#=====
x = 0x1.0
#=====
x = 1__000
#=====
x = 08.5
#=====
x = 0e5
#=====
x = 00.5
#=====
@
#=====
@dec
#=====
async def
#=====
async with x: pass
#=====
await
#=====
x = await
#=====
def f(*, **k): pass
#=====
def f(*a, *b): pass
#=====
def f(**a, **b): pass
#=====
def f(a=1, *, b, c=2, d): pass
#=====
def f(a, /, b, /): pass
#=====
def f(a, *, /, b): pass
#=====
def f(*a=1): pass
#=====
def f(**a=1): pass
#=====
def f(a, **k, b): pass
#=====
lambda *a=1: 0
#=====
lambda **k, a: 0
#=====
lambda a, /, /: 0
#=====
class A(metaclass=M, B): pass
#=====
f(a, b=1, c)
#=====
f(*a, b=1, c)
#=====
f(**a, *b, c)
#=====
f(a for a in b for)
#=====
f(a=1 for a in b)
#=====
[a for a in b if]
#=====
{a: b for a in}
#=====
(a for a in)
#=====
x = [*]
#=====
x = (*)
#=====
x = {**}
#=====
x = {*}
#=====
print(*)
#=====
a[]
#=====
a[::,]
#=====
a[1:2:3:4]
#=====
x.1
#=====
x.(y)
#=====
x.[y]
#=====
@x = 1
#=====
x @= 
#=====
x: = 1
#=====
x: int = 
#=====
x = 1 if else 2
#=====
x = if 1 else 2
#=====
not = x
#=====
and = 1
#=====
if = 1
#=====
class = 1
#=====
def = 1
#=====
None.x = 1
#=====
x.None = 1
#=====
x = None.
#=====
f(None=1)
#=====
f(x, None=1)
#=====
True += 1
#=====
None += 1
#=====
... += 1
#=====
f() += 1
#=====
[a, b] += 1
#=====
(a, b) += 1
#=====
a + b += 1
#=====
(yield) = 1
#=====
(yield x) = 1
#=====
a if b else c = 1
#=====
lambda: x = 1
#=====
[x for x in y] = 1
#=====
{x for x in y} = 1
#=====
{x: y for x, y in z} = 1
#=====
(x for x in y) = 1
#=====
{a: b} = 1
#=====
{a, b} = 1
#=====
f'{x}' = 1
#=====
a < b = 1
#=====
a and b = 1
#=====
not a = 1
#=====
-a = 1
#=====
a ** b = 1
#=====
x = a := 1
#=====
(a := 1) = 2
#=====
a, b := 1, 2
#=====
f(a := 1 = 2)
#=====
a.b := 1
#=====
a[0] := 1
#=====
(a.b := 1)
#=====
del f()
#=====
del a + b
#=====
del (a, b + 1)
#=====
del [a, f()]
#=====
del a, 1
#=====
del None
#=====
del *a, *b
#=====
for x, 1 in y: pass
#=====
for (x, f()) in y: pass
#=====
for x + 1 in y: pass
#=====
with a as 1: pass
#=====
with a as (b, 1): pass
#=====
with a as b + c: pass
#=====
[x for x + 1 in y]
#=====
[x for (a, 1) in y]
#=====
import a as b.c
#=====
import a.b as
#=====
from a import b as c.d
#=====
from a import (b c)
#=====
from a import (b, c
#=====
from . import
#=====
from .a import
#=====
import .a
#=====
from a import b,
#=====
x = 1 if 2
#=====
def f(): pass; pass
#=====
if x: if y: pass
#=====
if x: for y in z: pass
#=====
class A: def f(): pass
#=====
try: pass
finally: pass
except: pass
#=====
try: pass
else: pass
#=====
try: pass
except: pass
except E: pass
#=====
try:
    pass
except:
    pass
except E:
    pass
#=====
x = 'a' f'{b' 
#=====
f'{x!r=}'
#=====
f'{x=!z}'
#=====
f'{x:{y}'
#=====
f'{x}}'
#=====
f'{{x}'
#=====
f'{x'
#=====
f'{x}{'
#=====
f'{!r}'
#=====
f'{:}'
#=====
f'{ }'
#=====
f'{x!}'
#=====
f'{x:{}}'
#=====
f'{\'a\'}'
#=====
f'{"a"!x}'
#=====
f'{a[}'
#=====
f'{a)}'
#=====
f'{a(]}'
#=====
f'{"}'
#=====
f'{x#}'
#=====
f"{'''a'''}"
#=====
match x:
    case 1:
    pass
#=====
match x:
    pass
#=====
match x:
    case a | b: pass
#=====
match x:
    case a, *b, *c: pass
#=====
match x:
    case {**a, 'b': 1}: pass
#=====
match x:
    case a.b(c=1, d): pass
#=====
match x:
    case f(): pass
    case 1 + x: pass
#=====
match x:
    case _ as _: pass
#=====
match x:
    case {a: 1}: pass
#=====
match x
    case 1: pass
#=====
match x:
    case 1
        pass
#=====
nonlocal x
#=====
def f():
    x = 1
   y = 2
#=====
def f():
	x = 1
        y = 2
#=====
  x = 1
#=====
if x:
  a
 b
#=====
if x:
    a
      b
#=====
x = (1,
  2
y = 3
#=====
x = f(
  1,
  2

def g(): pass
#=====
x = [
  1,
  2,

print(x)
#=====
for x in [1, 2:
    pass
#=====
x = {'a': 1, 'b' 2}
#=====
x = {'a': 1 'b': 2}
#=====
x = {'a' 1}
#=====
x = {'a':}
#=====
x = {'a': 1, 'b':}
#=====
x = {1: 2, **}
#=====
f(a, *)
#=====
f(a, **)
#=====
f(=1)
#=====
f(a=)
#=====
f(a, =1)
#=====
x = a if b
#=====
x = [a if b for a in c]
#=====
x = [a, b for a in c]
#=====
x = {a: b, c for c in d}
#=====
x = (a, b for a in c)
#=====
f(*a for a in b)
#=====
f(**a for a in b)
#=====
print(f"{x" "y}")
