import json
data = {"name": "Ann", "tags": ["a", "b"], "age": 30, "score": 9.5, "ok": True, "none": None, "nested": {"x": [1, 2.0]}}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
back = json.loads(s)
print(back == data, back["nested"]["x"], type(back["score"]).__name__, json.loads("[1, 1.0, 1e3, -0, \"\\u00e9\"]"))
print(json.dumps("héllo"), json.dumps("héllo", ensure_ascii=False), json.dumps((1, 2)), json.dumps({1: "int key"}), json.dumps(float("inf")))
print(json.dumps({"b": 1, "a": 2}, separators=(",", ":")), json.loads('{"a": {"b": [true, false, null]}}'))
