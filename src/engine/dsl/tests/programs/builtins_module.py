# `import builtins` reaches Python's own functions even when a star import shadowed them.
import builtins


def sum(*args):
    return "shadowed"


print(sum([1, 2, 3]))
print(builtins.sum([1, 2, 3]), builtins.sum((x * x for x in range(4)), 10))
print(builtins.max([3, 9, 2]), builtins.min("hello"), builtins.round(2.675, 2), builtins.abs(-4))
print(builtins.len("abc"), builtins.sorted([3, 1, 2], reverse=True))
print(builtins.__name__, builtins.int("12") + 1, builtins.str(1.5))
print(builtins.isinstance(1, builtins.int), builtins.ValueError.__name__)
from builtins import max as py_max
print(py_max(1, 5, 3))
try:
    builtins.no_such_function
except AttributeError as e:
    print("AttributeError:", e)
