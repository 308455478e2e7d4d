print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]), list(x for x in "abc"), any(x > 3 for x in [1, 5]), all(x for x in []))
g = (x for x in range(3))
print(list(g), list(g))
