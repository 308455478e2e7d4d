d = {1: 'a', True: 'b', 1.0: 'c'}
print(d)
d2 = {True: 'x'}
d2[1] = 'y'
print(d2)
d3 = {(1, 2): 'tuple', 0.5: 'half', None: 'none', -1: 'neg', 2**70: 'big'}
print(d3[(1, 2)], d3[0.5], d3[None], d3[-1], d3[2**70], (1.0, 2.0) in d3)
