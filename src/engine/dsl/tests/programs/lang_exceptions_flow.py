def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        if x == 1:
            return "one"
        r = 10 // (x - 2)
    except ValueError as e:
        print("except", e)
        return "handled"
    except ZeroDivisionError:
        print("zde")
        raise
    else:
        print("else", r)
        return r
    finally:
        print("finally", x)
for v in [0, 1, 3]:
    print(f(v))
try:
    f(2)
except ZeroDivisionError as e:
    print("outer", e, type(e.__context__))
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
h()
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        raise IndexError("b") from e
except IndexError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ArithmeticError as e:
    print("reraised", type(e).__name__, isinstance(e, ZeroDivisionError))
e = None
try:
    raise RuntimeError("x")
except RuntimeError as err:
    e = err
try:
    err
except NameError as ne:
    print("name unbound after except:", ne)
print(type(e).__name__, e.args)
class MyErr(Exception):
    pass
try:
    raise MyErr
except Exception as x:
    print(repr(x), isinstance(x, MyErr), MyErr.__mro__[1:])
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(NotImplementedError, RuntimeError))
try:
    raise TypeError("a", 1)
except TypeError as t:
    print(t, t.args, str(t), repr(t))
try:
    raise 5
except TypeError as t:
    print(t)
try:
    try:
        pass
    finally:
        raise ValueError("from finally")
except ValueError as v:
    print(v)
def gen():
    try:
        yield 1
    finally:
        print("gen finally")
for x in gen():
    break
print("end")
