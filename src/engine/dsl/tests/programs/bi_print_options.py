print(1, 2, 3, sep='-')
print('a', 'b', sep='', end='!\n')
print()
print('no newline', end='')
print(' continued')
print(*[1, 2, 3])
print(None, True, [None], 'x', sep=' | ')
import sys
print("to stdout", file=sys.stdout)
