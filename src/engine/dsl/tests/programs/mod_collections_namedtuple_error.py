from collections import namedtuple
P = namedtuple("P", "a b")
P(1)
