s = {1, 2, 3}
s |= {4}
s &= {1, 2, 4}
s -= {1}
print(s)
s.update([7, 8], (9,))
s.difference_update({7})
print(sorted(s), s.pop() in {2, 4, 8, 9}, {x for x in "hello" if x not in "lo"} == {'h', 'e'})
fs = frozenset([3, 1])
print(fs | {2}, type(fs | {2}).__name__, hash(fs) == hash(frozenset([1, 3])), {fs: 1}[frozenset({1, 3})])
