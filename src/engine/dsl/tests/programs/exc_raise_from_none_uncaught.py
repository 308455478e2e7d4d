try:
    {}["k"]
except KeyError:
    raise ValueError("no context shown") from None
