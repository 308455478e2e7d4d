print(str(1), str(1.0), str(None), str(True), str([1, 'a']), str((1,)), str({'a': 1}), repr('a'), repr([1.5, 'x']))
print(int, float, str, list, dict, type, object, ValueError)
