sq = lambda x: x * x
print(sq(5), (lambda *a: a)(1, 2), (lambda **k: k)(a=1), (lambda a, b=2: a * b)(3), sq.__name__)
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])), list(filter(None, [0, 1, '', 'a', [], [0]])))
