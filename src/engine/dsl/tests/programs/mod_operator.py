from operator import add, mul, itemgetter, attrgetter, methodcaller, neg, not_, contains, getitem
import operator
from functools import reduce
print(reduce(add, [1, 2, 3, 4]), reduce(mul, range(1, 6)), reduce(add, [], 0), reduce(lambda a, b: a + [b], [1, 2], []))
pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs, key=itemgetter(1)), sorted(pairs, key=itemgetter(0)), list(map(itemgetter(0, 1), pairs)))
class P:
    def __init__(self, n):
        self.name = n
print([attrgetter("name")(p) for p in [P("x"), P("y")]], methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"))
print(neg(3), not_(0), contains([1, 2], 2), getitem("abc", 1), operator.truediv(7, 2), operator.floordiv(7, 2), operator.eq(1, 1.0), operator.or_(5, 2))
