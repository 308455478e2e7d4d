import math
print(math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.pi, math.e, math.pow(2, 3), math.fabs(-2), math.factorial(10))
print(math.gcd(12, 18), math.isclose(0.1 + 0.2, 0.3), math.log(math.e), math.log(8, 2), math.log10(1000), math.exp(0), math.hypot(3, 4))
print(math.floor(-2.5), math.trunc(-2.7), math.inf, -math.inf, math.isnan(math.nan), math.isinf(math.inf), math.comb(5, 2), math.perm(5, 2))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 10), math.degrees(math.pi), math.radians(180), math.atan2(1, 1))
print(math.isqrt(17), math.lcm(4, 6), math.copysign(3, -1), math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]))
