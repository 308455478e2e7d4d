a + b * c
#=====
a * b + c
#=====
(a + b) * c
#=====
a - b - c
#=====
a - (b - c)
#=====
a ** b ** c
#=====
-a ** b
#=====
(-a) ** b
#=====
-a * b
#=====
~a + b
#=====
not a == b
#=====
not not a
#=====
a and b or c
#=====
a or b and c
#=====
a and (b or c)
#=====
a or b or c or d
#=====
a and b and c
#=====
a if b else c
#=====
a if b else c if d else e
#=====
(a if b else c) if d else e
#=====
a < b < c
#=====
a == b != c
#=====
a < b > c <= d >= e
#=====
a is b
#=====
a is not b
#=====
a in b
#=====
a not in b
#=====
a not in b in c
#=====
x | y ^ z & w
#=====
x << 1 >> 2
#=====
a @ b
#=====
a // b % c
#=====
a / b * c
#=====
a + -b
#=====
a - +b
#=====
a + ~b
#=====
1 + 2 * 3 - 4 / 5 // 6 % 7
#=====
a | b | c
#=====
a & b & c
#=====
a ^ b ^ c
#=====
a or not b
#=====
not a and b
#=====
a == (b == c)
#=====
(a)
#=====
((a))
#=====
(((a + b)))
#=====
(a) + (b)
#=====
x[(a)]
#=====
await x
#=====
await x ** 2
#=====
-await x
#=====
await f(x)
#=====
await x.y
#=====
a if (b) else (c)
#=====
x := 1
#=====
(x := 1)
#=====
(y := f(x))
#=====
[y := 1, y ** 2]
#=====
f(a := 1)
#=====
a.b.c
#=====
a.b.c.d.e
#=====
a[b][c]
#=====
a(b)(c)
#=====
a.b(c).d[e]
#=====
a < b and b < c
#=====
x if y else lambda: z
#=====
lambda: x if y else z
#=====
a + b if c else d
#=====
a or b if c else d
#=====
not a if b else c
#=====
1 if True else 2
#=====
None
#=====
True
#=====
False
#=====
...
#=====
Ellipsis
#=====
__debug__
#=====
a; b; c
#=====
a;
#=====
x.y.z()
#=====
-1
#=====
+1
#=====
--1
#=====
-(-1)
#=====
- - - a
#=====
2 ** -1
#=====
2 ** -x ** 2
#=====
a ** -b
#=====
not a in b
#=====
not a is b
#=====
a < b == c
#=====
(a < b) == c
#=====
a < (b == c)
#=====
(1, 2) < (3, 4)
#=====
[1] * 3
#=====
'a' * 3
#=====
x == None
#=====
f(x) if g(y) else h(z)
#=====
a.b if c.d else e.f
#=====
a[1] if b[2] else c[3]
#=====
a or b or c and d and e or f
#=====
((a or b) and c)
#=====
~~a
#=====
~-a
#=====
-~a
#=====
a + b - c + d - e
#=====
a * b / c // d % e @ f
#=====
a << b >> c << d
#=====
a ** b * c ** d
#=====
(yield)
#=====
(yield x)
#=====
(yield from x)
#=====
x = yield
#=====
x = yield a, b
#=====
x = yield from y
#=====
await asyncio.sleep(1)
#=====
print(a, b, sep='')
#=====
a if b else (c if d else e)
