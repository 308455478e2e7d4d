def parse(s):
    try:
        return int(s)
    except ValueError:
        return undefined_fallback(s)
parse("x1")
