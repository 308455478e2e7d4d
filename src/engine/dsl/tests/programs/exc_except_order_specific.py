try:
    raise FileNotFoundError(2, "nope")
except OSError as e:
    print("OSError branch", type(e).__name__, isinstance(e, FileNotFoundError), e.errno)
except FileNotFoundError:
    print("never")
