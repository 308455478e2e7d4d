lookup = {"US": "United States", "FR": "France", "JP": "Japan"}
codes = ["US", "JP", "XX", "FR"]
print([lookup.get(c, "Unknown") for c in codes])
print({c: lookup[c] for c in codes if c in lookup})
