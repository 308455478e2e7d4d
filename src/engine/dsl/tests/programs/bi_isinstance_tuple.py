print(isinstance(1, (str, int)), isinstance("a", (int, float)), isinstance([], list), isinstance({}, dict), isinstance((), tuple))
