for v in ["1", "x", None]:
    try:
        print(int(v))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
