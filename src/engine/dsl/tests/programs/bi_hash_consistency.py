print(hash(1) == hash(1.0), hash(0) == hash(False), hash("a") == hash("a"), hash((1, "a")) == hash((1, "a")), hash(-1) == hash(-2))
