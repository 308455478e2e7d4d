if x:
    pass
#=====
if x:
    a
else:
    b
#=====
if x:
    a
elif y:
    b
#=====
if x:
    a
elif y:
    b
elif z:
    c
else:
    d
#=====
if x: a
elif y: b
else: c
#=====
if x:
    if y:
        a
    else:
        b
#=====
if x:
    a
    b
    c
#=====
if (x := f()):
    pass
#=====
while x:
    a
#=====
while x:
    a
else:
    b
#=====
while True:
    if x:
        break
    continue
#=====
for x in y:
    a
#=====
for x in y:
    a
else:
    b
#=====
for x, y in z:
    pass
#=====
for (x, y) in z:
    pass
#=====
for [x, y] in z:
    pass
#=====
for x, in y:
    pass
#=====
for *x, y in z:
    pass
#=====
for x.y in z:
    pass
#=====
for x[0] in z:
    pass
#=====
for x in y, z:
    pass
#=====
for x in *y, z:
    pass
#=====
for i in range(10):
    for j in range(i):
        print(i, j)
#=====
try:
    a
except:
    b
#=====
try:
    a
except E:
    b
#=====
try:
    a
except E as e:
    b
#=====
try:
    a
except (E, F) as e:
    b
#=====
try:
    a
except E:
    b
except F:
    c
else:
    d
finally:
    e
#=====
try:
    a
finally:
    b
#=====
try:
    a
except E:
    b
finally:
    c
#=====
try:
    a
except* E:
    b
#=====
try:
    a
except* (E, F) as g:
    b
except* G:
    c
else:
    d
finally:
    e
#=====
try: a
except: b
#=====
with a:
    pass
#=====
with a as b:
    pass
#=====
with a as b, c as d:
    pass
#=====
with a, b:
    pass
#=====
with (a, b):
    pass
#=====
with (a as b, c as d):
    pass
#=====
with (a as b, c as d,):
    pass
#=====
with (a, b) as c:
    pass
#=====
with (a) as b:
    pass
#=====
with (
    open(x) as f,
    open(y) as g,
):
    pass
#=====
with a as (b, c):
    pass
#=====
with a as b.c:
    pass
#=====
with a as b[0]:
    pass
#=====
with open('f') as f: data = f.read()
#=====
with a() as b, c():
    pass
#=====
if x:
    pass
# comment
else:
    pass
#=====
if x:

    pass

#=====
if x:
    # comment
    pass
#=====
for x in y:
    if x:
        continue
    elif z:
        break
else:
    pass
#=====
while x:
    try:
        a
    except:
        break
    finally:
        continue
#=====
if a:
    if b:
        if c:
            d
e
#=====
if a:
    if b:
        c
    d
e
