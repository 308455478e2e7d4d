print("{} {}".format(1, 2), "{1} {0}".format('a', 'b'), "{x}-{y}".format(x=1, y=2), "{0[1]}".format([5, 6]), "{:>4}|{:<4}|".format('a', 'b'))
print("{!r} {!s}".format('q', 'q'), "{{}} {}".format(7), "{:.1%}".format(0.256), "{:,}".format(10**9), "{0:{1}}".format(3.14159, '.2f'))
class P:
    x = 5
print("{0.x}".format(P()))
