try:
    try:
        {}['x']
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(e, repr(e.__cause__), e.__context__ is e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__)
