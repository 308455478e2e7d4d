data = {"n": "12x"}
value = int(data["n"]) * 2
