for exc in [ValueError("v"), KeyError("k"), IndexError("i"), ZeroDivisionError("z"), TypeError("t")]:
    try:
        raise exc
    except LookupError as e:
        print("lookup", type(e).__name__, e)
    except ArithmeticError as e:
        print("arith", repr(e))
    except Exception as e:
        print("other", e.args)
print(issubclass(KeyError, LookupError), issubclass(RecursionError, RuntimeError), issubclass(KeyboardInterrupt, Exception))
print([c.__name__ for c in ZeroDivisionError.__mro__])
