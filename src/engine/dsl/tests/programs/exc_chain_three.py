try:
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError("v") from e
    except ValueError as e:
        raise TypeError("t")
except TypeError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__cause__))
