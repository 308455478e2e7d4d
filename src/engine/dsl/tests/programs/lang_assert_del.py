def check(v):
    assert isinstance(v, int), f"expected int, got {type(v).__name__}"
    assert v >= 0
    return v
print(check(3))
for bad in ["s", -1]:
    try:
        check(bad)
    except AssertionError as e:
        print("AssertionError:", repr(e), e.args)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e)
x = 10
del x
try:
    print(x)
except NameError as e:
    print(e)
class O:
    a = 1
o = O()
o.b = 2
del o.b
try:
    del o.b
except AttributeError as e:
    print(e)
try:
    del o.a
except AttributeError as e:
    print(e)
lst = [1, 2, 3]
del lst[1]
print(lst)
try:
    del lst[5]
except IndexError as e:
    print(e)
