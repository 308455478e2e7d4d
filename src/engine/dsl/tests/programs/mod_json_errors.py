import json
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(e)
json.loads('{"a": 1,}')
