data = {"users": [{"name": "a", "tags": ["x", "y"]}, {"name": "b", "tags": []}], "count": 2, "meta": {"ok": True, "v": 1.5, "none": None}}
print(data)
print(data["users"][0]["tags"][-1], len(data["users"]), data["meta"].get("missing", "dflt"))
print([u["name"] for u in data["users"] if u["tags"]])
