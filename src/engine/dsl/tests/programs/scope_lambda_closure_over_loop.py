adders = {}
for name, k in [("one", 1), ("two", 2)]:
    adders[name] = lambda x, k=k: x + k
print(adders["one"](10), adders["two"](10))
