try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__ if hasattr(e, "__suppress_context__") else True, repr(e.__context__))
