print(list(), list("ab"), list((1, 2)), list({1: 2}), list(range(3)), tuple(), tuple([1]), set(), set("aa"), dict(), list(map(int, "123")))
print(list(x for x in [1, 2]), tuple(i * i for i in range(3)), frozenset(), str(), int(), float(), bool(), bool([]), bool([0]))
