class Strict(dict):
    def __missing__(self, key):
        raise KeyError(f"unknown setting {key!r}")
settings = Strict(debug=True)
print(settings["debug"])
print(settings["verbose"])
