try:
    from math import notthere
except ImportError as e:
    print(type(e).__name__, e.name)
