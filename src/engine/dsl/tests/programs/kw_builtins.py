print(sorted([3, 1, 2], key=lambda x: -x), sorted("bca", reverse=True), int("ff", base=16), round(number=2.567, ndigits=1))
print("a b c".split(maxsplit=1), "a,b".split(sep=","), dict(a=1, **{"b": 2}), enumerate("ab", start=5).__next__())
print(min([1, 2], default=0, key=abs), max([], default=None), sum([1, 2], start=10), list(zip("ab", "cd", strict=True)))
