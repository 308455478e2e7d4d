# Programs the fuzzer found crashing PyFlint with a JS error; each line must raise CPython's error.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: None == 5)
attempt(lambda: [None == 5, 5 == None, None != 0, [None] == [None]])
attempt(lambda: len(None))
attempt(lambda: "  lead".lstrip(7))
attempt(lambda: "trail".rstrip([1]))
attempt(lambda: (1, 2) * 2**64)
attempt(lambda: "ab" * 2**70)
attempt(lambda: [1] * 2**62)
attempt(lambda: [].append())
attempt(lambda: [].extend())
attempt(lambda: [].insert(1))
attempt(lambda: [].index())
attempt(lambda: [1].remove())
attempt(lambda: set().add())
attempt(lambda: {}.setdefault())

class P(dict):
    pass

class L(list):
    pass

p = P({1: 2})
lst = L([1])
attempt(lambda: p.__setitem__())
attempt(lambda: p.__setitem__(1))
attempt(lambda: p.__getitem__())
attempt(lambda: p.__delitem__())
attempt(lambda: lst.__getitem__())
attempt(lambda: p.__contains__())
attempt(lambda: lst.__len__(1))
print(p, lst)
t = (1, 'two')
try:
    t *= 2**64
except OverflowError as e:
    print('OverflowError', e)
print(t)
from typing import NewType
UserId = NewType("UserId", int)
attempt(lambda: UserId())
attempt(lambda: UserId(1, 2))
