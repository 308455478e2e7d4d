x = (1 +
     2)
#=====
x = [
    1,
    2,
]
#=====
f(a,
  b)
#=====
x = {
    'a': 1,
}
#=====
if (a and
        b):
    pass
#=====
x = a \
    + b
#=====
x = """
abc
""" + y
#=====
result = (
    df
    .filter(x)
    .select(y)
)
#=====
x = (
    1
)
#=====
x = ((a), (b))
#=====
x = (a)(b)
#=====
x = (a).b.c
#=====
x = [a
     for a in b
     if a]
#=====
x = lambda: (
    1)
#=====
def f(
    a: int = 1,
    *,
    b: str = '',
) -> None:
    pass
#=====
@dec(
    1,
)
class A(
    B,
):
    x = 1
#=====
class A:
    def f(self):
        pass
    # trailing comment
#=====
def f():
    return (
        1
    )
#=====
x = f(
    a
)[
    0
]
#=====
print(
    'a'
    'b'
    f'{c}'
)
#=====
try:
    pass
except (
    A,
    B,
):
    pass
#=====
with (
    a as b
):
    pass
#=====
for (
    a,
    b,
) in c:
    pass
#=====
assert (
    x
), 'msg'
#=====
del (
    a
), b
#=====
return_value = not (
    a
)
#=====
x = -(
    1
)
#=====
if a:
    pass
elif (
    b
):
    pass
else:
    pass
