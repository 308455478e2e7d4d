print(hash(1) == hash(1.0) == hash(True), hash(0.5), hash(-1), hash(2**61), hash(2**61 - 1), hash(1.5), hash(-2.5))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(10**20))
