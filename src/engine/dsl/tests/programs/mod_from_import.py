from math import sqrt, pi as PI
print(sqrt(2), PI)
import math as m
print(m.floor(3.5))
