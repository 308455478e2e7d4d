x = = 1
#=====
if x
  pass
#=====
if x:
pass
#=====
if x:
    a
  b
#=====
s = 'abc
#=====
s = '''abc

x
#=====
f(a, b
#=====
x = (1,
2
#=====
a)
#=====
x = [1, 2)
#=====
f(a b)
#=====
print(a b c)
#=====
1 = x
#=====
f() = 1
#=====
if f() = 1: pass
#=====
print x
#=====
print 'hello'
#=====
print x, y
#=====
print "a", b
#=====
print
#=====
exec 'code'
#=====
x = 012
#=====
x = 1_
#=====
x = 0x
#=====
x = 0b12
#=====
x = 0o8
#=====
x = 1__0
#=====
1.e
#=====
a = 1 +
#=====
def f(:
  pass
#=====
for x in y
  pass
#=====
class A
  pass
#=====
while x
  pass
#=====
f(**a, *b)
#=====
f(a=1, b)
#=====
f(**a, b)
#=====
x = yield = 1
#=====
del 1
#=====
del f()
#=====
del *a
#=====
a + 1 = 2
#=====
(a, 1) = x
#=====
[a, b()] = x
#=====
x = 'a' 'b
#=====
x = $
#=====
x = a ? b
#=====
def f():
return
#=====
for x in y:
#=====
try:
  pass
#=====
else: pass
#=====
x = (
#=====
x = )
#=====
f(x for x in y, 1)
#=====
lambda x=1, y: x
#=====
def f(x=1, y): pass
#=====
import
#=====
from x import
#=====
x += 1 = 2
#=====
a, b += 1
#=====
f() += 1
#=====
async x
#=====
x = 1
  y = 2
#=====
class A:
  def f(self):
  pass
#=====
a.1
#=====
x\ y
#=====
with open(x) as 1: pass
#=====
x = {1: 2, 3}
#=====
f'{}'
#=====
f'{x'
#=====
f'{x!z}'
#=====
f'}'
#=====
f'{'
#=====
f'{x!}'
#=====
f'{#}'
#=====
f'{a b}'
#=====
x = 1 if 2
#=====
x = [1, 2
#=====
x = {1: 2
#=====
(1 2)
#=====
[a b]
#=====
{a b}
#=====
f(a, b c)
#=====
x = a b
#=====
if x = 1: pass
#=====
while x = 1: pass
#=====
True = 1
#=====
None = 1
#=====
x, True = 1, 2
#=====
f(True=1)
#=====
f(a.b=1)
#=====
def f(*): pass
#=====
def f(**k, a): pass
#=====
def f(a, a=1, b): pass
#=====
def f(/, a): pass
#=====
lambda *: 0
#=====
x = *a
#=====
*a
#=====
print(*a = 1)
#=====
(*a) = 1
#=====
def f() pass
#=====
if x pass
#=====
for x in: pass
#=====
import a.
#=====
from . import (a, b
#=====
from x import a,
#=====
a.b = c d
#=====
x: int, y: int = 1, 2
#=====
(a, b): int
#=====
[a]: int
#=====
a + 1: int
#=====
return return
#=====
b'é'
#=====
'a' b'b'
#=====
x = 'abc
#=====
x = "abc
#=====
x = \"\"\"abc
#=====
'\x4'
#=====
'\N{NO SUCH NAME}'
#=====
x ¤ y
#=====
x = 1€
#=====
def f(a, b, a=1, *, c): pass
#=====
else
#=====
elif x: pass
#=====
except: pass
#=====
finally: pass
#=====
class
#=====
def
#=====
x.
#=====
x[
#=====
x(
#=====
x[1:2:3:4]
#=====
a = b = c d
#=====
a = 1 = 2
#=====
f(x) = 2
#=====
(a, b) += 1
#=====
[a] += 1
#=====
x ** = 2
#=====
not = 1
#=====
a if b
#=====
a if b else
#=====
lambda x
#=====
x = lambda: yield
#=====
yield = 1
#=====
del (a + b)
#=====
del [a, 1]
#=====
for 1 in x: pass
#=====
for f() in x: pass
#=====
with a as f(): pass
#=====
[x for 1 in y]
#=====
[x for x in]
#=====
{**a: 1}
#=====
{a: **b}
#=====
f(**)
#=====
x = 1 +* 2
#=====
@
def f(): pass
#=====
@dec
x = 1
#=====
def f(a b): pass
#=====
class A(x for x in y): pass
#=====
try:
  pass
except E, F:
  pass
#=====
try:
  pass
except E:
  pass
except* F:
  pass
#=====
if True:
    pass
  else:
    pass
#=====
def f():
    x = 1
      y = 2
#=====
nonlocal
#=====
global
#=====
assert
#=====
raise from x
#=====
import *
#=====
from x import *, y
#=====
match x:
case 1: pass
#=====
match x:
    case 1 pass
#=====
x = 0777
#=====
1 + 1 = 2
#=====
'abc' = 1
#=====
... = 1
#=====
x = [1, 2, 3]
y = (4, 5
z = 6
#=====
f(
    a,
    b
c = 1
#=====
print ("a") b
#=====
x = 5 if True else
#=====
def f(x):
    return x +
#=====
a = [
  1,
  2
]]
