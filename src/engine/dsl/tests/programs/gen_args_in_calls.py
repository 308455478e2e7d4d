print(sum(x for x in range(5)), max((len(w), w) for w in ["aa", "b", "ccc"]), sorted((c for c in "bca"), reverse=True), "".join(c.upper() for c in "ab"))
print(dict((k, v) for k, v in zip("ab", [1, 2])), set(x % 3 for x in range(10)), tuple(i for i in range(3)), any(c.isdigit() for c in "ab1"))
