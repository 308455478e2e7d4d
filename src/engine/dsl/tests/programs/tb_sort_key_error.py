records = [{"name": "a", "age": 3}, {"name": "b"}]
ordered = sorted(records, key=lambda r: r["age"])
