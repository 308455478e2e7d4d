records = [("bob", "sales", 50), ("amy", "eng", 70), ("cat", "sales", 70), ("dan", "eng", 50), ("eve", "hr", 60), ("fay", "eng", 70)]
by_dept = sorted(records, key=lambda r: r[1])
print(by_dept)
by_salary_then_stable = sorted(by_dept, key=lambda r: r[2], reverse=True)
print(by_salary_then_stable)
print(sorted(records, key=lambda r: (r[1], -r[2], r[0])))
words = "The quick brown fox Jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [3, -1, 2, -3, 1, -2]
nums.sort(key=abs)
print(nums)
data = [[2, "b"], [1, "a"], [2, "a"], [1, "b"]]
data.sort()
print(data, sorted(data, reverse=True))
print(sorted([0.5, 1, True, -2, 1.0]), sorted("hello"), sorted({"b": 1, "a": 2}.items()), sorted([(1, None)], key=lambda t: t[0]))
from functools import cmp_to_key
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(list(reversed(sorted([1, 3, 2]))), sorted([], reverse=True), sorted(range(5), key=lambda x: x % 2))
