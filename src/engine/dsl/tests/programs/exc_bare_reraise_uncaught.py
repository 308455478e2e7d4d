try:
    raise TypeError("bad type")
except TypeError:
    raise
