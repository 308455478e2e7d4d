tests = [
    lambda: 'a'.count(), lambda: (1).bit_length(2), lambda: 'a'.upper(1), lambda: 'abc'.replace('a'),
    lambda: 'a'.join(), lambda: 'a'.strip('a', 'b'), lambda: 'abc'.find('a', 0, 1, 2), lambda: 'a b'.split(' ', 1, 2),
    lambda: [].append(), lambda: [].append(1, 2), lambda: [].insert(1), lambda: [1].pop(0, 1), lambda: [].index(),
    lambda: {}.get(), lambda: {}.keys(1), lambda: {}.pop(1, 2, 3), lambda: {}.update({}, {}), lambda: 'x'.center(),
    lambda: [].copy(1), lambda: 'x'.zfill(), lambda: 'a'.lower(x=1),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print('TypeError:', e)
print('a b'.count('a'), 'abc'.find('b', 1), [3, 1].index(1), {1: 2}.get(1), {}.get(3, 4), 'x'.center(5, '*'), 'a,b'.split(',', 1), (255).bit_length())
d = {}
d.update(a=1)
print(d, 'Ab'.lower(), [1, 2].pop(), 'a b'.split(maxsplit=1))
