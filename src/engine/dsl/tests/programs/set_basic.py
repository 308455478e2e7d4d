s = {3, 1, 2}
s.add(4)
s.discard(10)
s.remove(1)
print(s, len(s), 2 in s, sorted(s), set(), set([1, 1, 2]), frozenset([1, 2]))
a, b = {1, 2, 3}, {2, 3, 4}
print(a | b, a & b, a - b, a ^ b, a <= b, {2, 3} < a, a.union([9]), a.intersection(b, {3}), a.issubset({1, 2, 3, 4}))
print(a.isdisjoint({7}), a.symmetric_difference(b), frozenset({1}) == {1}, {1, 2} == {2, 1}, len({1, 1.0, True}))
