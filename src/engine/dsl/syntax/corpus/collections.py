()
#=====
(1,)
#=====
(1, 2)
#=====
(1, 2,)
#=====
1, 2
#=====
1,
#=====
(1, (2, 3))
#=====
((1, 2), (3, 4))
#=====
[]
#=====
[1]
#=====
[1, 2, 3]
#=====
[1, 2, 3,]
#=====
[[1], [2]]
#=====
[*a]
#=====
[*a, *b]
#=====
[1, *a, 2]
#=====
(*a, *b)
#=====
*a, *b
#=====
{}
#=====
{1: 2}
#=====
{1: 2, 3: 4}
#=====
{1: 2, 3: 4,}
#=====
{**a}
#=====
{**a, 'b': 1}
#=====
{'a': 1, **b}
#=====
{**a, **b}
#=====
{1}
#=====
{1, 2}
#=====
{1, 2,}
#=====
{*a}
#=====
{*a, 1}
#=====
[x for x in y]
#=====
[x for x in y if x]
#=====
[x for x in y if x if z]
#=====
[x for x in y for z in x]
#=====
[x for x in y if x for z in x if z]
#=====
[(x, y) for x, y in z]
#=====
[x for (x, y) in z]
#=====
[x for [x, y] in z]
#=====
[x for *x, y in z]
#=====
[x for x, in y]
#=====
[x async for x in y]
#=====
[x for x in await y]
#=====
{x for x in y}
#=====
{x: y for x, y in z}
#=====
{x: y for x in a for y in b}
#=====
{k: v for k, v in d.items() if v}
#=====
(x for x in y)
#=====
(x for x in y if x)
#=====
((x, y) for x in a for y in b)
#=====
[[x for x in row] for row in m]
#=====
[x if x else y for x in z]
#=====
[x for x in (a if b else c)]
#=====
[x for x in lambda: y]
#=====
[lambda: x for x in y]
#=====
[x := 1, 2]
#=====
[y for x in z if (y := x)]
#=====
[x for x in range(10) if x % 2 == 0]
#=====
{(a, b): c for a, b, c in t}
#=====
{**{}}
#=====
{1: {2: {3: 4}}}
#=====
[(1, 2)]
#=====
[1, (2, 3)]
#=====
((),)
#=====
((), ())
#=====
([], {})
#=====
(a, b) = c
#=====
[a, b] = c
#=====
(
#=====
    1,
#=====
    2,
#=====
)
#=====
[
#=====
    x
#=====
    for x in y
#=====
]
#=====
{
#=====
    'a': 1,
#=====
    'b': 2,
#=====
}
#=====
[x for x in y if x > 0 and x < 10]
#=====
sum(x for x in y)
#=====
sum((x for x in y))
#=====
f(x for x in y)
#=====
f((x for x in y), 1)
#=====
dict((k, v) for k, v in z)
#=====
[x.y for x in z]
#=====
[x[0] for x in z]
#=====
[*range(3)]
#=====
{*range(3), *range(4)}
#=====
(yield x for x in y) if 0 else 0
#=====
[x for x in y if not x]
#=====
[not x for x in y]
